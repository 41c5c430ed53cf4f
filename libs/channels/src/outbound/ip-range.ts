import { parseIp, type IpAddress } from './ip-address';

/** A CIDR block: the addresses whose first `prefix` bits are those of `base`. */
export interface IpRange {
  version: 4 | 6;
  base: bigint;
  prefix: number;
}

/** `10.0.0.0/8`, `fc00::/7`, or one address (`127.0.0.1`: a /32); null when it is neither. Host bits in the base are ignored. */
export function parseRange(text: string): IpRange | null {
  const [address, prefixText, extra] = text.split('/');
  if (extra !== undefined) return null;
  const ip = parseIp(address);
  if (!ip) return null;
  const bits = ip.version === 4 ? 32 : 128;
  if (prefixText === undefined) return { version: ip.version, base: ip.value, prefix: bits };
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > bits) return null;
  return { version: ip.version, base: ip.value, prefix: Number(prefixText) };
}

export function inRange(ip: IpAddress, range: IpRange): boolean {
  if (ip.version !== range.version) return false;
  const hostBits = BigInt((ip.version === 4 ? 32 : 128) - range.prefix);
  return ip.value >> hostBits === range.base >> hostBits;
}

/** A range from a literal known to be valid (the tables of address-class.ts). */
export function range(text: string): IpRange {
  const parsed = parseRange(text);
  if (!parsed) throw new Error(`not a CIDR range: ${text}`);
  return parsed;
}
