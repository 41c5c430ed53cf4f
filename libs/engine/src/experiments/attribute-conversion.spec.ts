import { randomUUID } from 'node:crypto';
import { createTestDatabase, seedContact, seedPublishedJourney, seedWorkspace, type TestDatabase } from '@cascade/testing';
import type { JourneyGraph } from '@cascade/journey';
import type { StoredEvent } from '../dispatcher/route-event';
import { attributeConversion } from './attribute-conversion';

const graph = (goal: Record<string, unknown>): JourneyGraph => ({
  nodes: [{ id: 'start', type: 'trigger', config: { kind: 'api' } }, { id: 'done', type: 'exit' }],
  edges: [{ from: 'start', to: 'done' }],
  settings: { goal: goal as never },
});

describe('attributing goal events to enrollments', () => {
  let db: TestDatabase;
  let workspaceId: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    workspaceId = await seedWorkspace(db.dataSource);
  });
  afterAll(() => db?.drop());

  async function enrolled(goal: Record<string, unknown>, startedAt: string, status = 'completed', contact?: string) {
    const contactId = contact ?? (await seedContact(db.dataSource, { timezone: 'UTC' }));
    const journey = await seedPublishedJourney(db.dataSource, graph(goal), `j ${randomUUID()}`);
    const [enrollment] = await db.dataSource.query(
      `INSERT INTO enrollments (journey_id, version_id, contact_id, status, workflow_id, started_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [journey.journeyId, journey.versionId, contactId, status, `wf-${randomUUID()}`, startedAt]);
    return { contactId, enrollmentId: enrollment.id as string, ...journey };
  }
  async function purchase(contactId: string, occurredAt: string, properties: Record<string, unknown> = {}): Promise<StoredEvent> {
    const [row] = await db.dataSource.query(
      `INSERT INTO contact_events (workspace_id, contact_id, name, properties, occurred_at) VALUES ($1, $2, 'purchase', $3, $4) RETURNING id`,
      [workspaceId, contactId, JSON.stringify(properties), occurredAt]);
    return { id: row.id, workspaceId, contactId, name: 'purchase', occurredAt, properties };
  }
  const conversionsOf = (enrollmentId: string) =>
    db.dataSource.query(`SELECT event_id AS "eventId", revenue::float8 AS revenue, converted_at AS "convertedAt" FROM conversions WHERE enrollment_id = $1`, [enrollmentId]);

  it('converts an enrollment that already ended (a holdout sent nothing) with the revenue of the goal event, once', async () => {
    const { contactId, enrollmentId } = await enrolled({ event: 'purchase', within: 'P7D' }, '2026-11-01T10:00:00Z');
    const first = await purchase(contactId, '2026-11-03T10:00:00Z', { amount: '129.90' });
    expect(await attributeConversion(db.dataSource, first)).toBe(1);
    expect(await attributeConversion(db.dataSource, first)).toBe(0); // routed again after a failure
    expect(await attributeConversion(db.dataSource, await purchase(contactId, '2026-11-04T10:00:00Z', { amount: 50 }))).toBe(0);
    expect(await conversionsOf(enrollmentId)).toEqual([{ eventId: first.id, revenue: 129.9, convertedAt: new Date('2026-11-03T10:00:00Z') }]);
  });

  it('only within the goal window counted from enrollment, and only events matching the goal filter', async () => {
    const goal = { event: 'purchase', within: 'P7D', filter: { attribute: 'category', op: 'eq', value: 'mattress' } };
    const { contactId, enrollmentId } = await enrolled(goal, '2026-11-01T10:00:00Z', 'active');
    for (const [at, category] of [['2026-10-31T10:00:00Z', 'mattress'], ['2026-11-08T10:00:01Z', 'mattress'], ['2026-11-02T10:00:00Z', 'pillow']]) {
      expect(await attributeConversion(db.dataSource, await purchase(contactId, at, { category, amount: 10 }))).toBe(0);
    }
    expect(await conversionsOf(enrollmentId)).toEqual([]);
    expect(await attributeConversion(db.dataSource, await purchase(contactId, '2026-11-08T10:00:00Z', { category: 'mattress', amount: 'n/a' }))).toBe(1);
    expect(await conversionsOf(enrollmentId)).toEqual([expect.objectContaining({ revenue: 0 })]);
  });

  it("converts every journey whose goal it meets, and no other", async () => {
    const purchaseWeek = await enrolled({ event: 'purchase', within: 'P7D' }, '2026-11-01T10:00:00Z');
    const { contactId } = purchaseWeek;
    const purchaseMonth = await enrolled({ event: 'purchase', within: 'P30D' }, '2026-10-30T10:00:00Z', 'active', contactId);
    const signup = await enrolled({ event: 'signup', within: 'P7D' }, '2026-11-01T10:00:00Z', 'completed', contactId);
    const someoneElse = await enrolled({ event: 'purchase', within: 'P7D' }, '2026-11-01T10:00:00Z');
    expect(await attributeConversion(db.dataSource, await purchase(contactId, '2026-11-02T10:00:00Z'))).toBe(2);
    expect(await conversionsOf(purchaseWeek.enrollmentId)).toHaveLength(1);
    expect(await conversionsOf(purchaseMonth.enrollmentId)).toHaveLength(1);
    expect(await conversionsOf(signup.enrollmentId)).toEqual([]);
    expect(await conversionsOf(someoneElse.enrollmentId)).toEqual([]);
  });

  it('a contact who re-entered brings one purchase to one enrollment (the latest), and the earliest purchase is the conversion', async () => {
    const first = await enrolled({ event: 'purchase', within: 'P30D' }, '2026-11-01T10:00:00Z');
    const [second] = await db.dataSource.query(
      `INSERT INTO enrollments (journey_id, version_id, contact_id, status, workflow_id, started_at) VALUES ($1, $2, $3, 'active', $4, '2026-11-05T10:00:00Z') RETURNING id`,
      [first.journeyId, first.versionId, first.contactId, `wf-${randomUUID()}`]);
    const late = await purchase(first.contactId, '2026-11-09T10:00:00Z', { amount: 70 });
    expect(await attributeConversion(db.dataSource, late)).toBe(1);
    expect(await conversionsOf(first.enrollmentId)).toEqual([]);
    expect(await conversionsOf(second.id)).toEqual([expect.objectContaining({ eventId: late.id, revenue: 70 })]);
    // An earlier purchase routed afterwards (an import, a backdated event) takes its place.
    const earlier = await purchase(first.contactId, '2026-11-06T10:00:00Z', { amount: 20 });
    expect(await attributeConversion(db.dataSource, earlier)).toBe(1);
    expect(await conversionsOf(second.id)).toEqual([{ eventId: earlier.id, revenue: 20, convertedAt: new Date('2026-11-06T10:00:00Z') }]);
    expect(await conversionsOf(first.enrollmentId)).toEqual([]);
  });
});
