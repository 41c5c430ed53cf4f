import type { Condition } from '@cascade/journey';
import { createWorkspace } from '@cascade/db';
import { createTestDatabase, type TestDatabase } from '@cascade/testing';
import { contact, daysAgo, evaluatorMembers, event, sqlMembers } from './segment-data.test-helpers';

let db: TestDatabase;
let ws: string;
beforeAll(async () => {
  db = await createTestDatabase();
  ws = (await createWorkspace(db.dataSource, 'p')).workspaceId;
  const d = db.dataSource;
  const a = await contact(d, ws, 'a', { age: '42.0000000000000000001', big: '123456789012345678901', items: ['x', 'y'], city: 'İstanbul' }, ['vip']);
  await event(d, ws, a, 'purchase', daysAgo(1), { amount: 0.1 });
  await event(d, ws, a, 'purchase', daysAgo(2), { amount: 0.2 });
  const b = await contact(d, ws, 'b', { age: 42, big: 123456789012345680000, items: [], city: 'istanbul' });
  await event(d, ws, b, 'purchase', daysAgo(400 * 365), { amount: 1 });
  await event(d, ws, b, 'purchase', daysAgo(1), { amount: 1 / 3 });
  await event(d, ws, b, 'purchase', daysAgo(1), { amount: 1 / 3 });
  await event(d, ws, b, 'purchase', daysAgo(1), { amount: 1 / 3 });
});
afterAll(async () => { await db?.drop(); });

it.each<Condition>([
  { attribute: 'age', op: 'gt', value: 42 },
  { attribute: 'big', op: 'gte', value: 123456789012345680000 },
  { attribute: 'items.length', op: 'eq', value: 2 },
  { attribute: 'tags.length', op: 'exists' },
  { attribute: 'items.00', op: 'eq', value: 'x' },
  { attribute: 'items.01', op: 'exists' },
  { attribute: 'city', op: 'eq', value: 'istanbul' },
  { attribute: 'city', op: 'contains', value: 'İ' },
  { event: 'purchase', aggregate: { fn: 'sum', property: 'amount', op: 'eq', value: 0.3 } },
  { event: 'purchase', aggregate: { fn: 'sum', property: 'amount', op: 'gt', value: 0.3 } },
  { event: 'purchase', within: 'P1D', aggregate: { fn: 'sum', property: 'amount', op: 'eq', value: 1 } },
  { event: 'purchase', within: 'P2D', aggregate: { fn: 'avg', property: 'amount', op: 'eq', value: 1 / 3 } },
  { event: 'purchase', within: 'P3000Y' },
  { event: 'purchase', within: 'P10000Y' },
  { event: 'purchase', within: 'P300000Y' },
  { event: 'purchase', within: '-P10000Y' },
  { event: 'purchase', ago: 'P300000Y', tolerance: 'P1D' },
  { attribute: 'city', op: 'eq' },
])('%j', async (condition) => {
  let sql: unknown;
  try { sql = await sqlMembers(db.dataSource, ws, condition); } catch (e) { sql = `ERROR ${(e as Error).message}`; }
  const ev = await evaluatorMembers(db.dataSource, ws, condition);
  console.log(JSON.stringify(condition), 'sql', JSON.stringify(sql), 'eval', JSON.stringify(ev));
});
