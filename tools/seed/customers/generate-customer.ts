import { SeededRandom } from '@cascade/stats';
import { contactIdentity } from './contact-identity';
import type { GeneratedCustomer, GeneratedEvent } from './customer-base.types';
import { emailEngagement, type Campaign } from './email-engagement';
import { DAY_MS, localDaytime, MINUTE_MS } from './local-time';
import { HISTORY_DAYS, PERSONAS } from './personas';
import { purchaseHistory } from './purchase-history';
import { streamSeed } from './stream-seed';

/** Share of contacts who unsubscribed from email. */
const EMAIL_OPT_OUT = 0.04;
/** Sign-up comes up to this many days before the first order. */
const SIGN_UP_LEAD_DAYS = 45;

/** Customer number `number` (1-based) of the base drawn from `seed`; the same whatever the base size. */
export function generateCustomer(seed: number, number: number, nowMs: number, campaigns: Campaign[]): GeneratedCustomer {
  const random = new SeededRandom(streamSeed(seed, number));
  const persona = random.weighted(PERSONAS);
  const identity = contactIdentity(random, number, nowMs);
  const { utcOffsetHours } = identity.city;
  const purchases = purchaseHistory(random, { persona, orderPrefix: `ord-${String(number).padStart(6, '0')}`, utcOffsetHours, nowMs });

  const firstOrderAt = Math.min(...purchases.map((purchase) => purchase.at));
  const signUpDaysAgo = purchases.length === 0
    ? random.int(0, HISTORY_DAYS)
    : Math.min(HISTORY_DAYS, Math.floor((nowMs - firstOrderAt) / DAY_MS) + random.int(0, SIGN_UP_LEAD_DAYS));
  const signedUpAt = Math.min(localDaytime(random, nowMs, signUpDaysAgo, utcOffsetHours), firstOrderAt - MINUTE_MS);
  const subscribed = !random.chance(EMAIL_OPT_OUT);
  const emails = emailEngagement(random, { persona, campaigns, signedUpAt, subscribed, nowMs });

  const events: GeneratedEvent[] = [
    ...purchases.map(({ at, properties }) => ({ name: 'purchase' as const, occurredAt: iso(at), properties })),
    ...emails.map(({ name, at, campaign }) => ({ name, occurredAt: iso(at), properties: { campaign } })),
  ];
  // ISO instants of one format sort as text.
  events.sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0));
  return {
    persona: persona.name,
    contact: {
      externalId: identity.externalId,
      email: identity.email,
      phone: identity.phone,
      timezone: identity.city.timezone,
      attributes: { firstName: identity.firstName, lastName: identity.lastName, city: identity.city.city, birthday: identity.birthday },
      subscriptions: subscribed ? {} : { email: false },
      createdAt: iso(signedUpAt),
    },
    events,
  };
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
