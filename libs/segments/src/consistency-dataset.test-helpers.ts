import type { DataSource } from 'typeorm';
import { timeWindowBounds, type TimeWindow } from '@cascade/journey';
import type { SeededRandom } from '@cascade/stats';
import { NOW, event, message } from './segment-data.test-helpers';

/**
 * Random contacts, events and messages for the SQL/evaluator consistency test. Every pool mixes
 * ordinary values with the ones the two implementations could read differently: case and trailing
 * spaces, numeric text the regex accepts or refuses, impossible calendar dates, dates with and
 * without a zone, JSON null next to a missing key, arrays next to text, and instants exactly on
 * (and one millisecond either side of) the borders of the windows the conditions use.
 * `undefined` in a pool means "key left out".
 */

/** Windows the generated conditions use; the data puts instants on their borders. */
export const WINDOWS: readonly TimeWindow[] = [
  {}, { within: 'P30D' }, { within: 'P7D' }, { within: 'P1M' }, { within: 'P3M' }, { within: 'P1Y' }, { within: 'P2Y' },
  { within: 'PT12H' }, { within: 'P0D' }, { within: 'P1W' }, { within: 'P1.5M' }, { within: '-P1D' },
  { ago: 'P11M', tolerance: 'P3D' }, { ago: 'P1M', tolerance: 'PT0S' }, { ago: 'P30D', tolerance: 'P1D' },
  { ago: 'P1Y', tolerance: 'P1M' }, { ago: 'P1D', tolerance: 'PT12H' }, { ago: '-P1D', tolerance: 'P2D' },
  { within: 'P6M', ago: 'P5M', tolerance: 'P1M' },
];

export const EVENT_NAMES = ['purchase', 'purchase', 'purchase', 'email_opened', 'Purchase'] as const;
export const CHANNELS = ['email', 'email', 'sms', 'telegram', 'Email'] as const;
const STATUSES = ['pending', 'sent', 'delivered', 'opened', 'clicked', 'replied', 'failed', 'bounced'];

// Known issue, left out: text outside ASCII ('КАЗАНЬ', 'İstanbul') folds case with Postgres lower(),
// which follows the database's LC_CTYPE (ASCII only under C/POSIX; 'İ' → 'i' under C.UTF-8), while
// the evaluator folds with JavaScript's toLowerCase() ('İ' → 'i̇'). See condition-consistency.spec.ts.
const CITIES = ['Kazan', 'kazan', 'KAZAN ', 'Moscow', 'Kazan-2', '', null, 3, undefined, undefined];
/** Includes numeric text a double cannot hold exactly: the SQL must round it as Number() does. */
const AGES = [
  42, 17, 0, -1, 41.9, '42', '4.2e1', '+42', ' 42', '42.', '.5', 'abc', '', null, undefined, true, 1e21,
  '42.0000000000000000001', '123456789012345678901',
];
const BIRTHDAYS = [
  '1990-05-01', '2000-01-01', '2026-02-30', '2024-02-29', '2000-01-01T00:00:00Z', '2000-01-01T03:00:00+03:00',
  '1999-12-31T23:59:59.999', '2026-03-31', '2026-03-31T12:00', '31.12.1999', '2000-1-1', 946684800000, null, undefined,
];
const VIPS = [true, false, 'true', 'TRUE', 1, undefined];
const ADDRESSES = [{ zip: '420000', city: 'Kazan' }, { zip: 420000 }, { city: { name: 'Kazan' } }, 'Kazan, Lenina 1', null, undefined];
const ITEMS = [['mattress', 'pillow'], ['Mattress'], [], [1, 2], ['mattress', null], 'mattress', undefined];
const PLANS = ['gold', 'Gold', 'silver', 'gold ', undefined];
/** Attributes named like contact fields: the fields must win, in SQL as in contactSubject(). */
const SHADOWS = [{ email: 'attr@shadow.test' }, { tags: ['shadow'] }, { id: 'shadow' }, { externalId: 'shadow' }, {}, {}, {}];

const EMAILS = ['anna@example.com', 'Ivan@Example.COM', 'kazan@mail.ru', null];
const TAGS = ['vip', 'VIP', 'new', 'churn-risk'];
const SUBSCRIPTIONS = [{}, { email: false }, { email: true, sms: false }];
const TIMEZONES = ['Europe/Moscow', 'Asia/Yekaterinburg', null];

/** 0.1 and 0.2 sum to 0.30000000000000004 in the evaluator: the SQL must add doubles too. */
const AMOUNTS = [100, 5000, 30_000, 0.1, 0.2, 99.9, -5, 0, '7000.50', '4.2e1', '1e3', '0.30000000000000000001', 'n/a', '', null, undefined];
const CATEGORIES = ['mattress', 'Mattress', 'mattress_cover', 'insurance', 'MATTRESS ', null, undefined];
const SKUS = [{ sku: 'A1' }, { sku: 'a1' }, { sku: 7 }, undefined, undefined];
const CALENDAR_INSTANTS = [
  NOW, '2026-03-31T12:00:00.001Z', '0999-12-31T23:59:59.999Z', '2026-04-01T00:00:00.000Z', '2026-02-28T12:00:00.000Z', '2026-02-28T23:59:59.999Z',
  '2026-03-01T00:00:00.000Z', '2026-01-31T23:59:59.999Z', '2025-12-31T23:59:59.999Z', '2025-04-30T12:00:00.000Z',
];

export interface DatasetSize { contacts: number; events: number; messages: number }

/** Fills `workspaceId` with `contactCount` random contacts (external ids c00, c01…) and their history. */
export async function seedRandomDataset(db: DataSource, workspaceId: string, random: SeededRandom, contactCount: number): Promise<DatasetSize> {
  const size: DatasetSize = { contacts: contactCount, events: 0, messages: 0 };
  for (let index = 0; index < contactCount; index++) {
    const contactId = await insertContact(db, workspaceId, `c${String(index).padStart(2, '0')}`, random);
    for (let n = random.int(0, 7); n > 0; n--, size.events++) {
      await event(db, workspaceId, contactId, random.pick(EVENT_NAMES), randomInstant(random), eventProperties(random));
    }
    for (let n = random.int(0, 3); n > 0; n--, size.messages++) {
      const sentAt = random.chance(0.15) ? null : randomInstant(random);
      await message(db, workspaceId, contactId, { channel: random.pick(CHANNELS), status: random.pick(STATUSES), sentAt });
    }
  }
  return size;
}

async function insertContact(db: DataSource, workspaceId: string, externalId: string, random: SeededRandom): Promise<string> {
  const attributes = {
    ...random.pick(SHADOWS),
    city: random.pick(CITIES), age: random.pick(AGES), birthday: random.pick(BIRTHDAYS), vip: random.pick(VIPS),
    address: random.pick(ADDRESSES), items: random.pick(ITEMS), plan: random.pick(PLANS),
  };
  const [row] = await db.query(
    `INSERT INTO contacts (workspace_id, external_id, email, phone, telegram_chat_id, timezone, attributes, subscriptions, tags)
     VALUES ($1, $2, $3, $4, NULL, $5, $6, $7, $8) RETURNING id`,
    [workspaceId, externalId, random.pick(EMAILS), random.chance(0.5) ? '+79990000000' : null, random.pick(TIMEZONES),
      JSON.stringify(attributes), JSON.stringify(random.pick(SUBSCRIPTIONS)), [...new Set(random.some(TAGS, 0, 3))]]);
  return row.id;
}

function eventProperties(random: SeededRandom): Record<string, unknown> {
  return { amount: random.pick(AMOUNTS), category: random.pick(CATEGORIES), item: random.pick(SKUS), items: random.pick(ITEMS) };
}

/** Anywhere in the last two years, or exactly on a window border (± 1 ms), or on a calendar edge. */
function randomInstant(random: SeededRandom): string {
  const roll = random.float();
  if (roll < 0.5) return new Date(Date.parse(NOW) - random.int(0, 730 * 86_400_000)).toISOString();
  if (roll < 0.85) {
    const { from, to } = timeWindowBounds(random.pick(WINDOWS), NOW);
    const border = Number.isFinite(from) && random.chance(0.6) ? from : to;
    return new Date(border + random.pick([-1, 0, 0, 1])).toISOString();
  }
  return random.pick(CALENDAR_INSTANTS);
}
