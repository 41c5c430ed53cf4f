/**
 * What `gt`/`gte`/`lt`/`lte` and aggregates can order. Deliberately strict, so the SQL compiler
 * (@cascade/segments) recognises exactly the same text with a regex and never casts what Postgres
 * would refuse: decimal numbers without spaces, and ISO dates from year 1000 with an optional time
 * and zone (UTC when none).
 */
export const NUMERIC_TEXT = /^[+-]?(\d{1,30}(\.\d{0,30})?|\.\d{1,30})([eE][+-]?\d{1,2})?$/;
export const ISO_DATE_TEXT =
  /^[1-9]\d{3}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)?)?$/;
/** The end of an ISO date that already names its zone. */
export const ZONE_SUFFIX = /(Z|[+-]\d\d:\d\d)$/;

/** A number, or decimal numeric text, as a number; null otherwise. */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && NUMERIC_TEXT.test(value)) return Number(value);
  return null;
}

/** Numbers and numeric text as numbers, ISO dates as epoch milliseconds; null when not comparable. */
export function toComparable(value: unknown): number | null {
  const number = toNumber(value);
  if (number !== null || typeof value !== 'string') return number;
  return isoDateMillis(value);
}

function isoDateMillis(text: string): number | null {
  if (!ISO_DATE_TEXT.test(text)) return null;
  const [year, month, day] = text.slice(0, 10).split('-').map(Number);
  // Date.parse rolls 2026-02-30 over into March; Postgres refuses it: neither compares.
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return Date.parse(text.length === 10 ? `${text}T00:00:00Z` : ZONE_SUFFIX.test(text) ? text : `${text}Z`);
}
