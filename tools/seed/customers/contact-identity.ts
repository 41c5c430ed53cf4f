import type { SeededRandom } from '@cascade/stats';
import { CITIES, type City } from './cities';
import { HISTORY_DAYS } from './personas';
import { FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES } from './names';
import { DAY_MS } from './local-time';

export interface ContactIdentity {
  externalId: string;
  email: string;
  phone: string | null;
  city: City;
  firstName: string;
  lastName: string;
  birthday: string;
}

/** Share of customers who never left a phone number. */
const NO_PHONE = 0.1;

/**
 * Who contact `number` is. Identifiers follow the number (cust-000123, c000123@example.com,
 * +79000000123) so they are unique in any base; names, city and birthday are drawn.
 */
export function contactIdentity(random: SeededRandom, number: number, nowMs: number): ContactIdentity {
  const padded = String(number).padStart(6, '0');
  const female = random.chance(0.55);
  const lastName = random.pick(LAST_NAMES);
  return {
    externalId: `cust-${padded}`,
    email: `c${padded}@example.com`,
    phone: random.chance(NO_PHONE) ? null : `+7900${String(number).padStart(7, '0')}`,
    city: random.weighted(CITIES),
    firstName: random.pick(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES),
    lastName: female ? `${lastName}a` : lastName,
    birthday: birthday(random, nowMs),
  };
}

/** Adults of 18 to 75 at the start of the history. */
function birthday(random: SeededRandom, nowMs: number): string {
  const ageDays = random.int(18 * 365, 75 * 365) + HISTORY_DAYS;
  return new Date(nowMs - ageDays * DAY_MS).toISOString().slice(0, 10);
}
