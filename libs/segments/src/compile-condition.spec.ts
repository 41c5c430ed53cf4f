import type { Condition } from '@cascade/journey';
import { createWorkspace } from '@cascade/db';
import { createTestDatabase, type TestDatabase } from '@cascade/testing';
import { compileCondition } from './compile-condition';
import { contact, daysAgo, evaluatorMembers, event, message, sqlMembers } from './segment-data.test-helpers';

let db: TestDatabase;
beforeAll(async () => { db = await createTestDatabase(); });
afterAll(async () => { await db?.drop(); });

/** Each example in a workspace of its own, so the member list is exactly the hand-built contacts. */
async function workspace(name: string): Promise<string> {
  return (await createWorkspace(db.dataSource, name)).workspaceId;
}

async function expectMembers(workspaceId: string, condition: Condition, expected: string[]): Promise<void> {
  expect(await sqlMembers(db.dataSource, workspaceId, condition)).toEqual([...expected].sort());
  expect(await evaluatorMembers(db.dataSource, workspaceId, condition)).toEqual([...expected].sort());
}

describe('compileCondition: the issue\'s example segments, in SQL and in memory', () => {
  it('bought a mattress but no mattress cover in the last 30 days', async () => {
    const ws = await workspace('mattress');
    const d = db.dataSource;
    const purchase = async (who: string, category: string, days: number) =>
      event(d, ws, await contact(d, ws, who), 'purchase', daysAgo(days), { category, amount: 30_000, currency: 'RUB' });
    await purchase('only-mattress', 'mattress', 10);
    await purchase('old-mattress', 'mattress', 40);
    const both = await contact(d, ws, 'mattress-and-cover');
    await event(d, ws, both, 'purchase', daysAgo(10), { category: 'mattress' });
    await event(d, ws, both, 'purchase', daysAgo(5), { category: 'mattress_cover' });
    const oldCover = await contact(d, ws, 'cover-long-ago');
    await event(d, ws, oldCover, 'purchase', daysAgo(50), { category: 'mattress_cover' });
    await event(d, ws, oldCover, 'purchase', daysAgo(3), { category: 'Mattress' });
    await contact(d, ws, 'nothing');
    await expectMembers(ws, {
      all: [
        { event: 'purchase', within: 'P30D', where: { attribute: 'category', op: 'eq', value: 'mattress' } },
        { not: { event: 'purchase', within: 'P30D', where: { attribute: 'category', op: 'eq', value: 'mattress_cover' } } },
      ],
    }, ['only-mattress', 'cover-long-ago']);
  });

  it('average order value above 5,000', async () => {
    const ws = await workspace('aov');
    const d = db.dataSource;
    const orders = async (who: string, amounts: unknown[]) => {
      const id = await contact(d, ws, who);
      for (const [index, amount] of amounts.entries()) await event(d, ws, id, 'purchase', daysAgo(index + 1), { amount });
    };
    await orders('avg-6000', [8_000, 4_000]);
    await orders('avg-4000', [3_000, 5_000]);
    await orders('exactly-5000', [5_000]);
    await orders('numeric-text', ['7000.50']);
    await orders('amount-missing', [undefined, 'n/a']);
    await contact(d, ws, 'never-bought');
    await expectMembers(ws, { event: 'purchase', aggregate: { fn: 'avg', property: 'amount', op: 'gt', value: 5_000 } },
      ['avg-6000', 'numeric-text']);
  });

  it('bought insurance 11 months ago (±3 days), in calendar months', async () => {
    const ws = await workspace('insurance');
    const d = db.dataSource;
    const insured = async (who: string, at: string) => event(d, ws, await contact(d, ws, who), 'purchase', at, { category: 'insurance' });
    await insured('on-the-day', '2025-04-30T09:00:00.000Z'); // 31 March 2026 − 11 months
    await insured('three-days-early', '2025-04-27T13:00:00.000Z');
    await insured('four-days-late', '2025-05-04T13:00:00.000Z');
    await insured('330-days-ago', daysAgo(330)); // 5 May 2025: 11 "months" of 30 days would wrongly include it
    await insured('last-month', daysAgo(30));
    await expectMembers(ws, {
      event: 'purchase', ago: 'P11M', tolerance: 'P3D', where: { attribute: 'category', op: 'eq', value: 'insurance' },
    }, ['on-the-day', 'three-days-early']);
  });

  it('opened no email in 90 days', async () => {
    const ws = await workspace('engagement');
    const d = db.dataSource;
    const sent = async (who: string, channel: string, status: string, days: number | null) =>
      message(d, ws, await contact(d, ws, who), { channel, status, sentAt: days === null ? null : daysAgo(days) });
    await sent('opened-recently', 'email', 'opened', 10);
    await sent('clicked-recently', 'email', 'clicked', 20); // a click implies an open
    await sent('opened-long-ago', 'email', 'opened', 100);
    await sent('delivered-only', 'email', 'delivered', 10);
    await sent('opened-sms', 'sms', 'opened', 10);
    await sent('never-sent', 'email', 'pending', null);
    await contact(d, ws, 'no-messages');
    await expectMembers(ws, { not: { message: { channel: 'email', status: 'opened', within: 'P90D' } } },
      ['opened-long-ago', 'delivered-only', 'opened-sms', 'never-sent', 'no-messages']);
  });

  it('city is Kazan and in RFM cell 1-1-1 (the RFM code as the attribute the RFM job writes)', async () => {
    const ws = await workspace('kazan');
    const d = db.dataSource;
    await contact(d, ws, 'kazan-111', { city: 'Kazan', rfm: '1-1-1' });
    await contact(d, ws, 'kazan-caps-111', { city: 'KAZAN', rfm: '1-1-1' });
    await contact(d, ws, 'kazan-222', { city: 'Kazan', rfm: '2-2-2' });
    await contact(d, ws, 'moscow-111', { city: 'Moscow', rfm: '1-1-1' });
    await contact(d, ws, 'no-city', { rfm: '1-1-1' });
    await expectMembers(ws, { all: [{ attribute: 'city', op: 'eq', value: 'Kazan' }, { attribute: 'rfm', op: 'eq', value: '1-1-1' }] },
      ['kazan-111', 'kazan-caps-111']);
  });
});

describe('compileCondition: comparisons agree with the evaluator', () => {
  it.each<[string, Condition]>([
    ['numbers and numeric text', { attribute: 'orders', op: 'gte', value: 3 }],
    ['dates', { attribute: 'birthday', op: 'lt', value: '2000-01-01' }],
    ['in', { attribute: 'city', op: 'in', value: ['kazan', 'Ufa', 3] }],
    ['not_in', { attribute: 'city', op: 'not_in', value: ['Kazan'] }],
    ['contains on text', { attribute: 'email', op: 'contains', value: '@EXAMPLE' }],
    ['contains on tags', { attribute: 'tags', op: 'contains', value: 'VIP' }],
    ['starts_with keeps case', { attribute: 'city', op: 'starts_with', value: 'Ka' }],
    ['nested attributes', { attribute: 'address.zip', op: 'eq', value: '420000' }],
    ['exists', { attribute: 'orders', op: 'exists' }],
    ['eq null', { attribute: 'orders', op: 'eq', value: null }],
    ['not_exists of a built-in field', { attribute: 'externalId', op: 'not_exists' }],
    ['subscriptions', { attribute: 'subscriptions.email', op: 'eq', value: false }],
    ['neq on a missing attribute', { attribute: 'nope', op: 'neq', value: 'x' }],
    ['not over a comparison that is not comparable', { not: { attribute: 'city', op: 'gt', value: 5 } }],
  ])('%s', async (_name, condition) => {
    const ws = await workspace(`compare ${_name}`);
    const d = db.dataSource;
    await contact(d, ws, 'a', { city: 'Kazan', orders: 3, birthday: '1990-05-01', address: { zip: '420000' } }, ['vip']);
    await contact(d, ws, 'b', { city: 'kazakh', orders: '12', birthday: '2001-02-30', address: { zip: 420000 } });
    await contact(d, ws, 'c', { city: 3, orders: null, birthday: '2003-01-01T10:00:00+03:00' }, ['VIP', 'new']);
    const unsubscribed = await contact(d, ws, 'd', { orders: 'many' });
    await d.query(`UPDATE contacts SET subscriptions = '{"email": false}', external_id = NULL, email = NULL WHERE id = $1`, [unsubscribed]);
    const sql = await sqlMembers(d, ws, condition);
    expect(sql).toEqual(await evaluatorMembers(d, ws, condition));
  });

  it('compiles inSegment to an EXISTS over the membership table, the segment id bound', () => {
    const { sql, params } = compileCondition({ inSegment: 'rfm-1-1-1' }, { workspaceParam: 1, membershipTable: 'segment_memberships' });
    expect(sql).toBe('c.workspace_id = $1::uuid AND EXISTS (SELECT 1 FROM "segment_memberships" s1'
      + ' WHERE s1.segment_id = $2 AND s1.contact_id = c.id AND s1.exited_at IS NULL)');
    expect(params).toEqual(['rfm-1-1-1']);
  });
});

describe('compileCondition: cases condition-consistency.spec.ts found', () => {
  let ws: string;
  beforeAll(async () => {
    ws = await workspace('found');
    const d = db.dataSource;
    const text = await contact(d, ws, 'text', { n: '42.0000000000000000001' }); // 42 to a double
    await event(d, ws, text, 'purchase', '0999-06-01T00:00:00.000Z', { amount: 0.3 });
    const double = await contact(d, ws, 'double', { n: 42 });
    await event(d, ws, double, 'purchase', daysAgo(1), { amount: 0.1 });
    await event(d, ws, double, 'purchase', daysAgo(2), { amount: 0.2 });
  });

  it.each<[string, Condition, string[]]>([
    ['a comparison its value alone decides binds no placeholder it never uses', {
      any: [{ attribute: 'n', op: 'gt', value: true }, { attribute: 'n', op: 'starts_with', value: 4 }, { attribute: 'n', op: 'exists' }],
    }, ['double', 'text']],
    ['numeric text rounds to a double as Number() rounds it', { attribute: 'n', op: 'gt', value: 42 }, []],
    ['sums add doubles: 0.1 + 0.2 is more than 0.3', { event: 'purchase', aggregate: { fn: 'sum', property: 'amount', op: 'gt', value: 0.3 } }, ['double']],
    ['a window of thousands of years reaches back before year 1', { event: 'purchase', within: 'P3000Y' }, ['double', 'text']],
    ['a window longer than luxon can count matches nothing', { event: 'purchase', within: 'P300000Y' }, []],
    ['a window that starts in the far future matches nothing', { event: 'purchase', within: '-P10000Y' }, []],
  ])('%s', async (_name, condition, expected) => {
    await expectMembers(ws, condition, expected);
  });
});
