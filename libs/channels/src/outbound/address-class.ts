import { type IpAddress } from './ip-address';
import { inRange, range, type IpRange } from './ip-range';

/** Why an address is not a public destination. */
export type NonPublicKind =
  | 'unspecified' | 'loopback' | 'private' | 'link-local' | 'shared' | 'unique-local' | 'multicast' | 'broadcast' | 'reserved';

export type AddressClass = { public: true } | { public: false; kind: NonPublicKind };

/** How a refusal names each kind: "10.0.0.5 is a private address". */
export const KIND_DESCRIPTIONS: Record<NonPublicKind, string> = {
  unspecified: 'an unspecified ("this host") address',
  loopback: 'a loopback address',
  private: 'a private address',
  'link-local': 'a link-local address',
  shared: 'a carrier-grade NAT address',
  'unique-local': 'a unique-local address',
  multicast: 'a multicast address',
  broadcast: 'a broadcast address',
  reserved: 'a reserved address',
};

type Table = [IpRange, NonPublicKind][];
const table = (entries: [string, NonPublicKind][]): Table => entries.map(([cidr, kind]) => [range(cidr), kind]);

/** IANA's special-purpose IPv4 registry, less nothing: none of these is a place to send a message. First match wins. */
const IPV4: Table = table([
  ['0.0.0.0/8', 'unspecified'],
  ['10.0.0.0/8', 'private'],
  ['100.64.0.0/10', 'shared'],
  ['127.0.0.0/8', 'loopback'],
  ['169.254.0.0/16', 'link-local'], // cloud metadata services (169.254.169.254)
  ['172.16.0.0/12', 'private'],
  ['192.0.0.0/24', 'reserved'], // IETF protocol assignments
  ['192.0.2.0/24', 'reserved'], // documentation
  ['192.88.99.0/24', 'reserved'], // 6to4 relay anycast
  ['192.168.0.0/16', 'private'],
  ['198.18.0.0/15', 'reserved'], // benchmarking
  ['198.51.100.0/24', 'reserved'],
  ['203.0.113.0/24', 'reserved'],
  ['224.0.0.0/4', 'multicast'],
  ['255.255.255.255/32', 'broadcast'],
  ['240.0.0.0/4', 'reserved'],
]);

/** IPv6 blocks that are not public; anything outside 2000::/3 (global unicast) is reserved too. */
const IPV6: Table = table([
  ['::/128', 'unspecified'],
  ['::1/128', 'loopback'],
  ['::/96', 'reserved'], // IPv4-compatible (deprecated)
  ['64:ff9b:1::/48', 'reserved'], // local-use NAT64
  ['100::/64', 'reserved'], // discard
  ['2001::/23', 'reserved'], // IETF protocol assignments, Teredo
  ['2001:db8::/32', 'reserved'], // documentation
  ['3fff::/20', 'reserved'], // documentation
  ['5f00::/16', 'reserved'], // SRv6 SIDs
  ['fc00::/7', 'unique-local'],
  ['fe80::/10', 'link-local'],
  ['fec0::/10', 'private'], // site-local (deprecated)
  ['ff00::/8', 'multicast'],
]);
const GLOBAL_UNICAST = range('2000::/3');

/** IPv6 forms that carry an IPv4 address a connection ends up at: mapped, NAT64, 6to4. */
const MAPPED = range('::ffff:0:0/96');
const NAT64 = range('64:ff9b::/96');
const SIX_TO_FOUR = range('2002::/16');

/** The IPv4 address an IPv6 one stands for (`::ffff:127.0.0.1` → 127.0.0.1), or null. */
export function embeddedIpv4(ip: IpAddress): IpAddress | null {
  if (ip.version !== 6) return null;
  if (inRange(ip, MAPPED) || inRange(ip, NAT64)) return { version: 4, value: ip.value & 0xffffffffn };
  if (inRange(ip, SIX_TO_FOUR)) return { version: 4, value: (ip.value >> 80n) & 0xffffffffn };
  return null;
}

/** Public (a destination on the internet) or not, and why not. An IPv6 form of an IPv4 address is judged by that address. */
export function classifyAddress(ip: IpAddress): AddressClass {
  const v4 = embeddedIpv4(ip);
  if (v4) return classifyAddress(v4);
  for (const [block, kind] of ip.version === 4 ? IPV4 : IPV6) {
    if (inRange(ip, block)) return { public: false, kind };
  }
  if (ip.version === 6 && !inRange(ip, GLOBAL_UNICAST)) return { public: false, kind: 'reserved' };
  return { public: true };
}
