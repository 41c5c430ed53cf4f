import { DateTime, Duration } from 'luxon';

/**
 * ISO-8601 durations (`PT30M`, `P3D`, `P1Y2M`), optionally negative with a leading `-`
 * (an offset before a date). Calendar units are added in the given zone, so `P1D` across a DST
 * change keeps the wall-clock time.
 */
export function parseDuration(text: string): Duration | null {
  if (typeof text !== 'string') return null;
  const negative = text.startsWith('-');
  const duration = Duration.fromISO(negative ? text.slice(1) : text);
  if (!duration.isValid || !/^P(?!$)/.test(negative ? text.slice(1) : text)) return null;
  return negative ? duration.negate() : duration;
}

export function isDuration(text: unknown): text is string {
  return typeof text === 'string' && parseDuration(text) !== null;
}

/** `at` plus `duration`, as an ISO instant. */
export function addDuration(at: string, duration: string, zone = 'UTC'): string {
  const parsed = parseDuration(duration);
  if (!parsed) throw new Error(`invalid ISO-8601 duration "${duration}"`);
  return toIso(DateTime.fromISO(at, { zone }).plus(parsed));
}

export function toIso(at: DateTime): string {
  return at.toUTC().toISO({ suppressMilliseconds: false })!;
}

/** Milliseconds from `from` to `to` (negative when `to` is earlier). */
export function msBetween(from: string, to: string): number {
  return Date.parse(to) - Date.parse(from);
}
