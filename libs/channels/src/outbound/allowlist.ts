import { embeddedIpv4 } from './address-class';
import { type IpAddress } from './ip-address';
import { inRange, parseRange, type IpRange } from './ip-range';

const HOST_NAME = /^(?=.{1,253}$)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*$/;

/**
 * The destinations a deployment lets outbound calls reach although they are not public
 * (CASCADE_OUTBOUND_ALLOWLIST): IP addresses and CIDR ranges (`127.0.0.1`, `10.0.0.0/8`, `fd00::/8`),
 * host names (`sms-gw.internal`: whatever it resolves to) and `*.` suffixes (`*.svc.cluster.local`:
 * any name under it). Public destinations need no entry. Empty by default: nothing private is reached.
 */
export class OutboundAllowlist {
  static readonly EMPTY = new OutboundAllowlist([], new Set(), []);

  private constructor(
    private readonly ranges: readonly IpRange[],
    private readonly hosts: ReadonlySet<string>,
    private readonly suffixes: readonly string[],
  ) {}

  /** Throws naming the first entry that is none of the above (the configuration has checked them at boot). */
  static parse(entries: readonly string[]): OutboundAllowlist {
    const ranges: IpRange[] = [];
    const hosts = new Set<string>();
    const suffixes: string[] = [];
    for (const raw of entries) {
      const entry = raw.trim().toLowerCase().replace(/\.$/, '');
      if (!entry) continue;
      const block = parseRange(entry.replace(/^\[([^\]]*)\]/, '$1'));
      if (block) ranges.push(block);
      else if (/[:/]/.test(entry) || /^[\d.]+$/.test(entry)) throw new Error(`"${raw.trim()}" is not a valid IP address or CIDR range`);
      else if (entry.startsWith('*.') && HOST_NAME.test(entry.slice(2))) suffixes.push(entry.slice(1));
      else if (HOST_NAME.test(entry)) hosts.add(entry);
      else throw new Error(`"${raw.trim()}" is not a host name, IP address or CIDR range`);
    }
    return new OutboundAllowlist(ranges, hosts, suffixes);
  }

  /** A host name given in the list, or under one of its `*.` suffixes. */
  allowsHost(hostname: string): boolean {
    const name = hostname.toLowerCase().replace(/\.$/, '');
    return this.hosts.has(name) || this.suffixes.some((suffix) => name.endsWith(suffix));
  }

  /** An address in one of the ranges; `::ffff:10.0.0.5` is in `10.0.0.0/8`. */
  allowsAddress(ip: IpAddress): boolean {
    const v4 = embeddedIpv4(ip);
    return this.ranges.some((block) => inRange(ip, block) || (v4 !== null && inRange(v4, block)));
  }
}
