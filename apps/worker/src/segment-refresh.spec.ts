import type { Client } from '@temporalio/client';
import { seedContact, seedWorkspace, waitFor, type TestDatabase } from '@cascade/testing';
import { ensureSegmentRefreshSchedule } from './segment-refresh-schedule';
import { startTestWorker } from './test-worker.test-helpers';

// Time passing alone moves contacts between segments: nobody sends an event when a customer goes quiet.
describe('the segment refresh schedule', () => {
  let db: TestDatabase;
  let client: Client;
  let taskQueue: string;
  let stop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ db, client, taskQueue, stop } = await startTestWorker('segment-refresh'));
  });
  afterAll(async () => {
    await client?.schedule.getHandle(`segment-refresh-${taskQueue}`).delete().catch(() => undefined);
    await stop?.();
  });

  it('runs every 15 minutes and moves a customer whose last purchase slid out of the window, recording the exit', async () => {
    const workspaceId = await seedWorkspace(db.dataSource);
    const contactId = await seedContact(db.dataSource, { externalId: 'quiet' });
    await db.dataSource.query(
      `INSERT INTO contact_events (workspace_id, contact_id, name, properties, occurred_at) VALUES ($1, $2, 'purchase', '{"amount": 10}', now() - interval '29 days 23 hours 59 minutes 59 seconds')`,
      [workspaceId, contactId]);
    // "Bought in the last 30 days", filled a day ago: the contact was in it then.
    const [segment] = await db.dataSource.query(
      `INSERT INTO segments (workspace_id, name, kind, definition, refreshed_at) VALUES ($1, 'Recent buyers', 'rule', $2, now() - interval '1 day') RETURNING id`,
      [workspaceId, JSON.stringify({ condition: { event: 'purchase', within: 'P30D' } })]);
    await db.dataSource.query(
      `INSERT INTO segment_memberships (segment_id, contact_id, entered_at) VALUES ($1, $2, now() - interval '1 day')`, [segment.id, contactId]);
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // the purchase is now more than 30 days old

    const scheduleId = await ensureSegmentRefreshSchedule(client, taskQueue);
    expect(await ensureSegmentRefreshSchedule(client, taskQueue)).toBe(scheduleId); // creating it again is harmless
    const description = await client.schedule.getHandle(scheduleId).describe();
    expect(description.spec.intervals).toEqual([expect.objectContaining({ every: 15 * 60 * 1_000 })]);
    await client.schedule.getHandle(scheduleId).trigger();

    const exited = await waitFor(async () => {
      const [row] = await db.dataSource.query(`SELECT exited_at FROM segment_memberships WHERE segment_id = $1 AND exited_at IS NOT NULL`, [segment.id]);
      return row;
    });
    expect(exited.exited_at).toBeInstanceOf(Date);
    const events = await db.dataSource.query(
      `SELECT e.name FROM contact_events e JOIN event_outbox o ON o.event_id = e.id WHERE e.contact_id = $1`, [contactId]);
    expect(events).toEqual([{ name: 'segment_exited' }]);
  });
});
