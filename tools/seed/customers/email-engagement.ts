import type { SeededRandom } from '@cascade/stats';
import { DAY_MS, HOUR_MS } from './local-time';
import type { Persona } from './personas';

export interface Campaign {
  id: string;
  sentAt: number;
}

export interface EmailEngagementEvent {
  name: 'email_opened' | 'email_clicked';
  at: number;
  campaign: string;
}

/** A newsletter every other Thursday at 07:00 UTC (10:00 in Moscow) over the last half year. */
const NEWSLETTER = { everyDays: 14, sentAtHourUtc: 7, overDays: 182 };

/** How often each kind of reader opens a newsletter, and clicks in one they opened. */
const READERS = {
  engaged: { opens: 0.6, clicks: 0.35 },
  occasional: { opens: 0.12, clicks: 0.15 },
  silent: { opens: 0, clicks: 0 },
} as const;

/** Opens come mostly within hours of the send, a few days later at most. */
const OPEN_DELAY = { meanHours: 6, maxHours: 72 };

/** The newsletters sent before now, oldest first: the same calendar for every contact of the base. */
export function newsletterCampaigns(nowMs: number): Campaign[] {
  const campaigns: Campaign[] = [];
  // Day 0 of the Unix epoch was a Thursday, so multiples of 14 days are every other Thursday.
  const lastDay = Math.floor(nowMs / DAY_MS / NEWSLETTER.everyDays) * NEWSLETTER.everyDays;
  for (let day = lastDay; day > (nowMs / DAY_MS) - NEWSLETTER.overDays; day -= NEWSLETTER.everyDays) {
    const sentAt = day * DAY_MS + NEWSLETTER.sentAtHourUtc * HOUR_MS;
    if (sentAt <= nowMs) campaigns.push({ id: `newsletter-${new Date(sentAt).toISOString().slice(0, 10)}`, sentAt });
  }
  return campaigns.reverse();
}

/**
 * The opens and clicks of one contact, who receives the newsletters sent after signing up unless
 * unsubscribed. The persona decides how engaged a reader the contact is; nothing lands after now.
 */
export function emailEngagement(random: SeededRandom, reader: {
  persona: Persona; campaigns: Campaign[]; signedUpAt: number; subscribed: boolean; nowMs: number;
}): EmailEngagementEvent[] {
  const [engaged, occasional] = reader.persona.email;
  const roll = random.float();
  const rates = !reader.subscribed ? READERS.silent
    : roll < engaged ? READERS.engaged : roll < engaged + occasional ? READERS.occasional : READERS.silent;
  if (rates.opens === 0) return [];
  const events: EmailEngagementEvent[] = [];
  for (const campaign of reader.campaigns) {
    if (campaign.sentAt < reader.signedUpAt || !random.chance(rates.opens)) continue;
    const delayHours = Math.min(OPEN_DELAY.maxHours, -Math.log(1 - random.float()) * OPEN_DELAY.meanHours);
    const openedAt = campaign.sentAt + Math.round(delayHours * HOUR_MS);
    if (openedAt > reader.nowMs) continue;
    events.push({ name: 'email_opened', at: openedAt, campaign: campaign.id });
    const clickedAt = openedAt + random.int(10, 600) * 1_000;
    if (random.chance(rates.clicks) && clickedAt <= reader.nowMs) events.push({ name: 'email_clicked', at: clickedAt, campaign: campaign.id });
  }
  return events;
}
