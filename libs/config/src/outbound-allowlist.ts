import { isIP } from 'node:net';

const HOST_NAME = /^(?=.{1,253}$)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*\.?$/i;

/** The entries of CASCADE_OUTBOUND_ALLOWLIST: comma-separated, blanks dropped. */
export function allowlistEntries(value: string): string[] {
  return value.split(',').map((entry) => entry.trim()).filter(Boolean);
}

/**
 * The first entry that is not a host name (`sms-gw.internal`), a `*.` suffix (`*.svc.cluster.local`),
 * an IP address (`10.0.0.5`, `fd00::1`) or a CIDR range (`10.0.0.0/8`, `fd00::/8`); null when all are.
 * The outbound guard (libs/channels/src/outbound) reads them.
 */
export function invalidAllowlistEntry(value: string): string | null {
  return allowlistEntries(value).find((entry) => !isAllowlistEntry(entry)) ?? null;
}

function isAllowlistEntry(entry: string): boolean {
  const [address, prefix, extra] = entry.replace(/^\[([^\]]*)\]/, '$1').split('/');
  const version = isIP(address);
  if (version) return extra === undefined && (prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128)));
  if (prefix !== undefined || /^[\d.]+$/.test(entry) || entry.includes(':')) return false;
  return HOST_NAME.test(entry.startsWith('*.') ? entry.slice(2) : entry);
}
