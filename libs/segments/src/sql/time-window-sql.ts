import { timeWindowBounds, type TimeWindow } from '@cascade/journey';
import type { SqlParams } from './sql-params';

/** The earliest instant a Postgres timestamptz holds (4714-11-24 BC, UTC): nothing stored precedes it. */
const EARLIEST_TIMESTAMP_MS = -210_866_803_200_000;

/**
 * `column` inside the window, bounds computed once in TypeScript exactly as the evaluator does.
 * A duration of thousands of years is still valid: a bound before anything Postgres can store is
 * left out (or, for the upper bound, matches nothing), a bound luxon cannot compute (NaN) matches
 * nothing as it does in the evaluator, and years outside 1–9999 are written as Postgres reads them.
 */
export function timeWindowSql(column: string, window: TimeWindow, now: string, params: SqlParams): string {
  const { from, to } = timeWindowBounds(window, now);
  if (Number.isNaN(from) || Number.isNaN(to) || to < EARLIEST_TIMESTAMP_MS) return 'false';
  const upper = `${column} <= ${params.add(timestampText(to))}::timestamptz`;
  return from >= EARLIEST_TIMESTAMP_MS ? `${column} >= ${params.add(timestampText(from))}::timestamptz AND ${upper}` : upper;
}

/** ISO text Postgres accepts: JavaScript writes year 0 and earlier as `-000974`, Postgres wants `0975 … BC`. */
export function timestampText(ms: number): string {
  const iso = new Date(ms).toISOString();
  const year = new Date(ms).getUTCFullYear();
  if (year >= 1 && year <= 9999) return iso;
  const afterYear = iso.slice(iso.indexOf('-', 1)); // `-MM-DDTHH:mm:ss.sssZ` after a signed six-digit year
  return year > 0 ? `${year}${afterYear}` : `${String(1 - year).padStart(4, '0')}${afterYear} BC`;
}
