import { DateTime } from 'luxon';
import { parseDuration } from '../time/duration';
import type { TimeWindow } from './condition.types';

/**
 * The instants (epoch ms, inclusive) a window covers before `now`. Durations are calendar periods in
 * UTC, so `P11M` from 31 March is 30 April, as a person counts months (not 330 days). Shared by
 * the evaluator and the SQL compiler so both draw the same line.
 */
export function timeWindowBounds(window: TimeWindow, now: string): { from: number; to: number } {
  const at = DateTime.fromISO(now, { zone: 'UTC' });
  let from = -Infinity;
  let to = at.toMillis();
  if (window.within) from = Math.max(from, minus(at, window.within).toMillis());
  if (window.ago) {
    const centre = minus(at, window.ago);
    const tolerance = parseDuration(window.tolerance ?? 'PT0S') ?? requireDuration(window.tolerance);
    from = Math.max(from, centre.minus(tolerance).toMillis());
    to = Math.min(to, centre.plus(tolerance).toMillis());
  }
  return { from, to };
}

function minus(at: DateTime, duration: string): DateTime {
  return at.minus(parseDuration(duration) ?? requireDuration(duration));
}

function requireDuration(text: unknown): never {
  throw new Error(`invalid ISO-8601 duration ${JSON.stringify(text)} in a condition window`);
}
