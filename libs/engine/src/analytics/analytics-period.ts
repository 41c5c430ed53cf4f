import { AnalyticsError } from './analytics.error';

/** A half-open period [from, to) as normalised ISO instants (UTC, millisecond precision). */
export interface AnalyticsPeriod {
  from: string;
  to: string;
}

export const MAX_PERIOD_YEARS = 10;

// An instant must name its zone: "2026-03-01" alone would silently mean UTC midnight.
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d(\.\d{1,3})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;

/** Checks and normalises a report period; refuses bad instants, from ≥ to and spans over ten years. */
export function parseAnalyticsPeriod(input: { from: unknown; to: unknown }): AnalyticsPeriod {
  const from = parseInstant('from', input.from);
  const to = parseInstant('to', input.to);
  if (from >= to) throw new AnalyticsError('analytics_period_invalid', 'to', 'to must be later than from');
  const limit = new Date(from);
  limit.setUTCFullYear(limit.getUTCFullYear() + MAX_PERIOD_YEARS);
  if (to > limit.getTime()) {
    throw new AnalyticsError('analytics_period_invalid', 'to', `the period from from to to must not exceed ${MAX_PERIOD_YEARS} years`);
  }
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

/** The period of the same length just before `period`: [from − (to − from), from). */
export function previousPeriod(period: AnalyticsPeriod): AnalyticsPeriod {
  const from = Date.parse(period.from);
  const length = Date.parse(period.to) - from;
  return { from: new Date(from - length).toISOString(), to: period.from };
}

function parseInstant(field: string, value: unknown): number {
  const match = typeof value === 'string' ? ISO_INSTANT.exec(value) : null;
  const millis = match ? Date.parse(value as string) : NaN;
  // Date.parse rolls 2026-02-30 over into March; a day the month does not have is refused instead.
  if (!match || Number.isNaN(millis) || !isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]))) {
    throw new AnalyticsError('analytics_period_invalid', field,
      `${field} must be an ISO 8601 instant with a time zone, e.g. 2026-03-01T00:00:00Z`);
  }
  return millis;
}

function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
