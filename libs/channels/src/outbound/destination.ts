import { lookup } from 'node:dns/promises';
import type { LookupAddress } from 'node:dns';
import { classifyAddress, KIND_DESCRIPTIONS } from './address-class';
import type { OutboundAllowlist } from './allowlist';
import { formatIp, parseIp } from './ip-address';
import { DestinationRefusedError, OutboundUnreachableError } from './outbound-errors';

/** Every address a host name resolves to (dns.lookup, as a connection would). */
export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

export const systemResolver: Resolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

const ALLOW_HINT = '(set CASCADE_OUTBOUND_ALLOWLIST to allow it)';

/**
 * Checks where a URL's host leads before anything is sent. An IP literal is judged as it is (a
 * connection never looks it up); a host name is resolved and refused when ANY of its addresses is
 * not public and not allowlisted, unless the name itself is allowlisted. Returns the addresses to
 * connect to (the checked ones: no second lookup a DNS rebinding could answer differently), or
 * null for a literal.
 */
export async function checkedAddresses(hostname: string, allowlist: OutboundAllowlist, resolve: Resolver): Promise<LookupAddress[] | null> {
  const literal = parseIp(hostname);
  if (literal) {
    const verdict = classifyAddress(literal);
    if (!verdict.public && !allowlist.allowsAddress(literal)) {
      throw new DestinationRefusedError(`${formatIp(literal)} is ${KIND_DESCRIPTIONS[verdict.kind]} ${ALLOW_HINT}`);
    }
    return null;
  }
  let addresses: LookupAddress[];
  try {
    addresses = await resolve(hostname);
  } catch (error) {
    throw new OutboundUnreachableError((error as Error).message); // e.g. getaddrinfo ENOTFOUND crm.example.com
  }
  if (addresses.length === 0) throw new OutboundUnreachableError(`${shortHost(hostname)} has no address`);
  if (allowlist.allowsHost(hostname)) return addresses;
  for (const { address } of addresses) {
    const ip = parseIp(address);
    if (!ip) throw new DestinationRefusedError(`${shortHost(hostname)} resolves to something that is not an IP address`);
    const verdict = classifyAddress(ip);
    if (!verdict.public && !allowlist.allowsAddress(ip)) {
      throw new DestinationRefusedError(`${shortHost(hostname)} resolves to ${formatIp(ip)}, ${KIND_DESCRIPTIONS[verdict.kind]} ${ALLOW_HINT}`);
    }
  }
  return addresses;
}

function shortHost(hostname: string): string {
  return hostname.length > 80 ? `${hostname.slice(0, 79)}…` : hostname;
}
