import type { SeededRandom } from '@cascade/stats';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** People shop and sign up while awake: local hours [from, to). */
const WAKING_HOURS = [9, 23] as const;

/**
 * An instant on the local calendar day `daysAgo` days before now, at a waking hour of a city
 * `utcOffsetHours` from UTC. Today's draw may fall later than now; it then moves a day back, so
 * nothing ever happens after now.
 */
export function localDaytime(random: SeededRandom, nowMs: number, daysAgo: number, utcOffsetHours: number): number {
  const offsetMs = utcOffsetHours * HOUR_MS;
  const localDayStart = Math.floor((nowMs + offsetMs) / DAY_MS) * DAY_MS - daysAgo * DAY_MS;
  const localTime = random.int(WAKING_HOURS[0] * 60, WAKING_HOURS[1] * 60 - 1) * MINUTE_MS + random.int(0, 59) * 1_000;
  const instant = localDayStart + localTime - offsetMs;
  return instant > nowMs ? instant - DAY_MS : instant;
}
