import { parseAnalyticsPeriod, type AnalyticsPeriod } from '@cascade/engine';
import { DAY_MS } from '@cascade/segments';

export const DEFAULT_HISTORY_DAYS = 90;

/** The history period [from, to): `to` is now unless given, `from` 90 days before `to` unless given. */
export function lifecyclePeriod(query: { from?: string; to?: string }, now: Date): AnalyticsPeriod {
  const to = query.to ?? now.toISOString();
  return parseAnalyticsPeriod({ from: query.from ?? defaultFrom(to, now), to });
}

/**
 * The first and last UTC day (YYYY-MM-DD) whose midnight falls in the period, the rule cohorts use
 * for months: the last one is the day of the last instant before `to`. Snapshots are kept per UTC day.
 */
export function snapshotDays(period: AnalyticsPeriod): { first: string; last: string } {
  const first = Math.ceil(Date.parse(period.from) / DAY_MS) * DAY_MS;
  const last = Math.floor((Date.parse(period.to) - 1) / DAY_MS) * DAY_MS;
  return { first: isoDay(first), last: isoDay(last) };
}

// A `to` that is no date makes the default count back from now, so it is `to` that gets refused.
function defaultFrom(to: string, now: Date): string {
  const lookBack = DEFAULT_HISTORY_DAYS * DAY_MS;
  const from = new Date(Date.parse(to) - lookBack);
  return (Number.isNaN(from.getTime()) ? new Date(now.getTime() - lookBack) : from).toISOString();
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
