import { DateTime } from 'luxon';
import { parseDuration, toIso } from '../time/duration';
import type { FrequencyCap, RecentSend } from './messaging-rules.types';

export interface ReachedCap {
  cap: FrequencyCap;
  /** When enough counted sends have left the window for one more message to fit. */
  freesAt: string;
}

/** The caps that apply to `channel` and are full at `now`, given the contact's recent non-transactional sends. */
export function reachedCaps({ caps, channel, recentSends, now, zone }: {
  caps: FrequencyCap[]; channel: string; recentSends: RecentSend[]; now: string; zone: string;
}): ReachedCap[] {
  return caps.flatMap((cap) => {
    if (cap.channel !== undefined && cap.channel !== channel) return [];
    const since = Date.parse(windowStart({ window: cap.window, now, zone }));
    const counted = recentSends
      .filter((send) => (cap.channel === undefined || send.channel === cap.channel) && Date.parse(send.sentAt) > since && Date.parse(send.sentAt) <= Date.parse(now))
      .map((send) => send.sentAt)
      .sort((a, b) => Date.parse(a) - Date.parse(b));
    if (counted.length < cap.max) return [];
    // The send whose leaving brings the count down to max - 1.
    const blocking = counted[counted.length - cap.max];
    return [{ cap, freesAt: toIso(DateTime.fromISO(blocking, { zone }).plus(parseDuration(cap.window)!)) }];
  });
}

/** Where a cap's rolling window begins: calendar units counted in the contact's zone, like waits. */
export function windowStart({ window, now, zone }: { window: string; now: string; zone: string }): string {
  const duration = parseDuration(window);
  if (!duration) throw new Error(`invalid cap window "${window}"`);
  return toIso(DateTime.fromISO(now, { zone }).minus(duration));
}

/** The earliest send any cap counts at `now`: how far back the contact's history must be read (null without caps). */
export function capLookback({ caps, now, zone }: { caps: FrequencyCap[]; now: string; zone: string }): string | null {
  const starts = caps.map((cap) => windowStart({ window: cap.window, now, zone }));
  return starts.length === 0 ? null : starts.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b));
}

export function capReason(cap: FrequencyCap): string {
  return `frequency cap: ${cap.max} ${cap.channel ? `${cap.channel} ` : ''}message${cap.max === 1 ? '' : 's'} per ${cap.window}`;
}
