import { parseDuration } from '@cascade/journey';
import { DateTime } from 'luxon';

export const DAY_MS = 86_400_000;

/** Epoch milliseconds of an ISO instant, or null when the text is not one. */
export function instantMs(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const at = DateTime.fromISO(text, { zone: 'UTC' });
  return at.isValid ? at.toMillis() : null;
}

/** Longer than any customer history: a longer duration is a typo (P999999999Y), not a setting. */
const MAX_DURATION_MS = 100 * 366 * DAY_MS;

/**
 * `now` minus a positive ISO duration, in calendar terms (UTC), so `P1M` from 31 March is the end
 * of February rather than 30 days; null when the duration is not a positive ISO duration of at most
 * a hundred years.
 */
export function msBefore(nowMs: number, duration: unknown): number | null {
  const parsed = typeof duration === 'string' ? parseDuration(duration) : null;
  if (!parsed || parsed.toMillis() <= 0 || parsed.toMillis() > MAX_DURATION_MS) return null;
  const before = DateTime.fromMillis(nowMs, { zone: 'UTC' }).minus(parsed);
  return before.isValid ? before.toMillis() : null;
}
