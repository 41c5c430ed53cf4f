/** Pure shaping of the analytics reports: periods, the cohort grid, heat-map shades. Tested in node. */
import type { AnalyticsPeriod, Cohort, CohortMonth } from './analytics-api';

export type PeriodPreset = 'last90' | 'last12months' | 'custom';

const DAY = 86_400_000;

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const instant = (time: number) => `${isoDay(time)}T00:00:00Z`;

/** Midnight UTC after `now`: the presets end with today included. */
function endOfTodayUtc(now: Date): number {
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
}

/**
 * The half-open period [from, to) of a preset, as ISO instants with Z. Last 90 days: the 90 UTC days
 * up to and including today. Last 12 months: the current calendar month (UTC, to date) and the 11 before,
 * so that cohorts cover 12 whole first-purchase months. Custom: the picked days, `to` excluded.
 */
export function presetPeriod(
  preset: PeriodPreset, now: Date, custom: { from: string; to: string } = { from: '', to: '' },
): { period: AnalyticsPeriod } | { problem: string } {
  const to = endOfTodayUtc(now);
  if (preset === 'last90') return { period: { from: instant(to - 90 * DAY), to: instant(to) } };
  if (preset === 'last12months') return { period: { from: instant(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1)), to: instant(to) } };
  const valid = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`));
  if (!valid(custom.from) || !valid(custom.to)) return { problem: 'Pick both dates.' };
  if (custom.from >= custom.to) return { problem: 'The end must be after the start.' };
  return { period: { from: `${custom.from}T00:00:00Z`, to: `${custom.to}T00:00:00Z` } };
}

/** "1 Feb 2026 – 23 Nov 2026" for a half-open UTC period, naming the last day included. */
export function describePeriod(period: AnalyticsPeriod): string {
  const day = (time: number) => new Date(time).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return `${day(Date.parse(period.from))} – ${day(Date.parse(period.to) - 1)} (UTC)`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Mar 2026" for "2026-03". */
export function monthLabel(cohort: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(cohort);
  return match ? `${MONTHS[Number(match[2]) - 1] ?? match[2]} ${match[1]}` : cohort;
}

export interface CohortGrid {
  /** Column count: months 0..columns − 1. */
  columns: number;
  rows: { cohort: string; label: string; customers: number; cells: (CohortMonth | null)[] }[];
}

/** Rows oldest first, one column per month since the first purchase; cells past a cohort's last month are null. */
export function cohortGrid(cohorts: readonly Cohort[]): CohortGrid {
  const columns = Math.max(0, ...cohorts.map((cohort) => cohort.retention.length));
  const rows = [...cohorts].sort((a, b) => a.cohort.localeCompare(b.cohort)).map((cohort) => {
    const byMonth = new Map(cohort.retention.map((month) => [month.month, month]));
    return {
      cohort: cohort.cohort, label: monthLabel(cohort.cohort), customers: cohort.customers,
      cells: Array.from({ length: columns }, (_, month) => byMonth.get(month) ?? null),
    };
  });
  return { columns, rows };
}

/** The average retention per month since first purchase, weighted by cohort size, over the cohorts that reached it. */
export function averageRetention(grid: CohortGrid): (number | null)[] {
  return Array.from({ length: grid.columns }, (_, month) => {
    let customers = 0;
    let size = 0;
    for (const row of grid.rows) {
      const cell = row.cells[month];
      if (!cell) continue;
      customers += cell.rate * row.customers;
      size += row.customers;
    }
    return size > 0 ? customers / size : null;
  });
}

/** The heat-map shade of a retention rate: the accent at an opacity growing with the rate, white text on dark cells. */
export function heatStyle(rate: number | null): { background: string; color: string } {
  if (rate === null || !Number.isFinite(rate)) return { background: 'transparent', color: 'inherit' };
  const share = Math.max(0, Math.min(1, rate));
  // A square root spreads the low rates (2%, 5%, 10%) that later months usually show.
  const alpha = Math.round((0.06 + 0.94 * Math.sqrt(share)) * 100) / 100;
  return { background: `rgba(59, 91, 219, ${alpha})`, color: alpha > 0.55 ? '#ffffff' : 'var(--text)' };
}

/** Zones for the cohort months: UTC, the browser's zone, then the rest, without repeats. */
export function timeZoneChoices(browserZone: string | undefined, others: readonly string[]): string[] {
  return [...new Set(['UTC', ...(browserZone ? [browserZone] : []), ...others])];
}

/** The `count` whole UTC calendar months before the one containing `now`, oldest first, as periods [from, to). */
export function lastMonths(count: number, now: Date): (AnalyticsPeriod & { month: string })[] {
  return Array.from({ length: count }, (_, i) => {
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - count + i, 1));
    const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    return { month: start.toISOString().slice(0, 7), from: start.toISOString().replace('.000Z', 'Z'), to: end.toISOString().replace('.000Z', 'Z') };
  });
}
