import { DateTime } from 'luxon';
import { nextLocalTime } from '../time/local-time';
import type { QuietHours } from './messaging-rules.types';

/**
 * When the quiet hours `now` falls in end, as an instant, or null when `now` is outside them.
 * Wall-clock times in `zone`: on a DST change day the quiet period is an hour shorter or longer.
 * `start` equal to `end` is an empty period.
 */
export function quietHoursEnd({ quietHours, zone, now }: { quietHours: QuietHours; zone: string; now: string }): string | null {
  const local = DateTime.fromISO(now, { zone });
  const minute = local.hour * 60 + local.minute;
  const start = minutesOf(quietHours.start);
  const end = minutesOf(quietHours.end);
  const quiet = start <= end ? minute >= start && minute < end : minute >= start || minute < end;
  // Inside the period, the next time the clock shows `end` is the moment it ends (the period is under a day).
  return quiet ? nextLocalTime(now, quietHours.end, zone) : null;
}

function minutesOf(time: string): number {
  const [hour, minute] = time.split(':').map(Number);
  return hour * 60 + minute;
}
