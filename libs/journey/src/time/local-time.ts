import { DateTime } from 'luxon';
import { toIso } from './duration';

export const LOCAL_TIME_PATTERN = '^([01]\\d|2[0-3]):[0-5]\\d$';

/**
 * The first instant at or after `now` when the wall clock in `zone` shows `time` ("09:00") on one of
 * `days` (ISO weekdays, 1 = Monday; all days when empty). A time skipped by a DST change is taken
 * as the first valid instant after it.
 */
export function nextLocalTime(now: string, time: string, zone: string, days: number[] = []): string {
  const [hour, minute] = time.split(':').map(Number);
  const start = DateTime.fromISO(now, { zone: validZone(zone) });
  for (let offset = 0; offset <= 7; offset++) {
    const day = start.plus({ days: offset });
    const candidate = day.set({ hour, minute, second: 0, millisecond: 0 });
    if (candidate < start) continue;
    if (days.length > 0 && !days.includes(candidate.weekday)) continue;
    return toIso(candidate);
  }
  throw new Error(`no ${time} within a week on days ${days.join(',')}`);
}

/** The contact's zone when it is a known IANA zone, else UTC. */
export function validZone(zone: string | undefined): string {
  return zone && DateTime.now().setZone(zone).isValid ? zone : 'UTC';
}
