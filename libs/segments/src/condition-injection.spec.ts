import { MAX_CONDITION_DEPTH } from '@cascade/journey';
import { createTestDatabase, seedWorkspace, type TestDatabase } from '@cascade/testing';
import { compileCondition } from './compile-condition';
import { contact, sqlMembers } from './segment-data.test-helpers';

const DROP = "'; DROP TABLE contacts; --";

let db: TestDatabase;
let ws: string;
beforeAll(async () => {
  db = await createTestDatabase();
  ws = await seedWorkspace(db.dataSource);
  await contact(db.dataSource, ws, 'kazan', { city: 'Kazan' });
  await contact(db.dataSource, ws, 'dropper', { city: DROP });
});
afterAll(async () => { await db?.drop(); });

/** `depth` levels of `not` around a leaf, built without recursion so 100,000 levels fit. */
function nested(depth: number): unknown {
  let condition: unknown = { attribute: 'city', op: 'exists' };
  for (let level = 1; level < depth; level++) condition = { not: condition };
  return condition;
}

describe('compileCondition refuses or neutralises hostile conditions', () => {
  afterEach(async () => {
    const [{ count }] = await db.dataSource.query('SELECT count(*)::int AS count FROM contacts');
    expect(count).toBe(2);
  });

  it('binds a hostile value as a parameter: it is only text to compare', async () => {
    expect(await sqlMembers(db.dataSource, ws, { attribute: 'city', op: 'eq', value: DROP })).toEqual(['dropper']);
    expect(await sqlMembers(db.dataSource, ws, { event: DROP, where: { attribute: 'city', op: 'contains', value: DROP } })).toEqual([]);
    expect(await sqlMembers(db.dataSource, ws, { attribute: 'city', op: 'in', value: [DROP, "') OR true --"] })).toEqual(['dropper']);
  });

  it('never writes a value into the SQL text', () => {
    const { sql, params } = compileCondition(
      { any: [{ attribute: 'city', op: 'eq', value: DROP }, { message: { channel: DROP } }, { inSegment: DROP }] },
      { workspaceParam: 1 });
    expect(sql).not.toContain('DROP');
    expect(params).toEqual(expect.arrayContaining([JSON.stringify(DROP), DROP]));
  });

  it.each<[string, unknown, RegExp]>([
    ['a hostile attribute name', { attribute: DROP, op: 'eq', value: 'x' }, /attribute is not in the expected format/],
    ['an unknown operator', { attribute: 'city', op: '; DELETE', value: 'x' }, /op must be one of/],
    ['an unknown aggregate', { event: 'purchase', aggregate: { fn: 'pg_sleep', property: 'amount', op: 'gt', value: 1 } }, /fn must be one of/],
    ['an unknown key', { attribute: 'city', op: 'eq', value: 'x', sql: 'DROP TABLE contacts' }, /sql is not a known setting/],
    ['an object as a value', { attribute: 'city', op: 'eq', value: { $ne: null } }, /must be text, a number/],
    ['a window that is not a duration', { event: 'purchase', within: "1 day'; --" }, /within must be an ISO-8601 duration/],
    ['nesting one level too deep', nested(MAX_CONDITION_DEPTH + 1), /more than 8 levels deep/],
    ['nesting 100,000 levels deep', nested(100_000), /more than 8 levels deep/],
  ])('refuses %s with a clear error, before any SQL', (_name, condition, message) => {
    expect(() => compileCondition(condition, { workspaceParam: 1 })).toThrow(message);
  });

  it('accepts nesting up to the limit', async () => {
    expect(await sqlMembers(db.dataSource, ws, nested(MAX_CONDITION_DEPTH))).toEqual([]);
  });

  it('refuses a membership table name that is not a plain identifier', () => {
    expect(() => compileCondition({ inSegment: 's' }, { workspaceParam: 1, membershipTable: 'x; DROP TABLE contacts' }))
      .toThrow(/membershipTable/);
  });
});
