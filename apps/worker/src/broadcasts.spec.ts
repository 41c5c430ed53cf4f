import type { Client } from '@temporalio/client';
import { createWorkspace } from '@cascade/db';
import { BroadcastProcessor } from '@cascade/engine';
import type { JourneyGraph } from '@cascade/journey';
import { seedContact, seedPublishedJourney, waitFor, type TestDatabase } from '@cascade/testing';
import { startTestWorker } from './test-worker.test-helpers';

// "A newsletter to everybody, 3 a second": the worker's BroadcastProcessor enrolls each contact once, page by page.
describe('broadcast triggers', () => {
  let db: TestDatabase;
  let client: Client;
  let taskQueue: string;
  let stop: (() => Promise<void>) | undefined;
  const processors: BroadcastProcessor[] = [];

  beforeAll(async () => {
    ({ db, client, taskQueue, stop } = await startTestWorker('broadcasts'));
  });
  afterEach(async () => {
    await Promise.all(processors.splice(0).map((processor) => processor.stop()));
  });
  afterAll(() => stop?.());

  const newsletter = (ratePerSecond: number, settings?: JourneyGraph['settings']): JourneyGraph => ({
    nodes: [{ id: 'start', type: 'trigger', config: { kind: 'broadcast', ratePerSecond } }, { id: 'end', type: 'exit' }],
    edges: [{ from: 'start', to: 'end' }],
    ...(settings ? { settings } : {}),
  });

  /** A workspace of `contacts` contacts and a published broadcast journey to them, due at `at` (default now). */
  async function broadcastTo(contacts: number, { ratePerSecond = 3, at = new Date(), settings }: { ratePerSecond?: number; at?: Date; settings?: JourneyGraph['settings'] } = {}) {
    const { workspaceId } = await createWorkspace(db.dataSource, 'shop');
    for (let i = 0; i < contacts; i++) await seedContact(db.dataSource, { externalId: `c${i}` }, workspaceId);
    const { journeyId, versionId } = await seedPublishedJourney(db.dataSource, newsletter(ratePerSecond, settings), 'newsletter', workspaceId);
    const [{ id }] = await db.dataSource.query(
      `INSERT INTO broadcasts (journey_id, workspace_id, version_id, scheduled_at, rate_per_second) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [journeyId, workspaceId, versionId, at, ratePerSecond]);
    return { broadcastId: id as string, journeyId, workspaceId };
  }

  const processor = (options: { pollMs?: number } = {}) => {
    const created = new BroadcastProcessor({ dataSource: db.dataSource, client, taskQueue, databaseUrl: db.url, pollMs: options.pollMs ?? 100 });
    processors.push(created);
    return created;
  };
  const progress = async (broadcastId: string) =>
    (await db.dataSource.query(`SELECT status, total, enrolled, skipped, finished_at FROM broadcasts WHERE id = $1`, [broadcastId]))[0];
  const untilDone = (broadcastId: string) => waitFor(async () => {
    const row = await progress(broadcastId);
    return row.status === 'done' ? row : undefined;
  });
  /** Enrollments per contact of the journey, with their trigger keys. */
  const enrollments = (journeyId: string): Promise<{ contact_id: string; trigger_key: string; n: number }[]> => db.dataSource.query(
    `SELECT contact_id, trigger_key, count(*)::int AS n FROM enrollments WHERE journey_id = $1 GROUP BY contact_id, trigger_key`, [journeyId]);
  const setJourneyStatus = (journeyId: string, status: string) =>
    db.dataSource.query(`UPDATE journeys SET status = $2 WHERE id = $1`, [journeyId, status]);
  /** Skips the rate limit's second instead of waiting for it. */
  const makeNextPageDue = (broadcastId: string) => db.dataSource.query(`UPDATE broadcasts SET next_page_at = now() WHERE id = $1`, [broadcastId]);

  it('enrolls every contact exactly once, a page of ratePerSecond at a time, then is done; two processors share it', async () => {
    const { broadcastId, journeyId } = await broadcastTo(7, { ratePerSecond: 3 });

    expect(await processor().processPage()).toBe(true);
    expect(await progress(broadcastId)).toMatchObject({ status: 'running', total: 7, enrolled: 3, skipped: 0 });

    await Promise.all([processor().start(), processor().start()]);
    expect(await untilDone(broadcastId)).toMatchObject({ total: 7, enrolled: 7, skipped: 0, finished_at: expect.any(Date) });
    const rows = await enrollments(journeyId);
    expect(rows).toHaveLength(7);
    expect(rows.every((row) => row.n === 1 && row.trigger_key === `broadcast:${broadcastId}`)).toBe(true);

    expect(await processor().processPage()).toBe(false); // a done broadcast is never sent again
    expect(await enrollments(journeyId)).toHaveLength(7);
  });

  it('redoes a page whose progress a crash lost without enrolling anybody twice', async () => {
    const { broadcastId, journeyId } = await broadcastTo(5, { ratePerSecond: 3 });
    await processor().processPage();
    // The worker died after enrolling the page but before recording it.
    await db.dataSource.query(`UPDATE broadcasts SET cursor = NULL, enrolled = 0, next_page_at = NULL WHERE id = $1`, [broadcastId]);

    await processor().start();
    expect(await untilDone(broadcastId)).toMatchObject({ total: 5, enrolled: 5, skipped: 0 });
    expect((await enrollments(journeyId)).map((row) => row.n)).toEqual([1, 1, 1, 1, 1]);
  });

  it('does not start a broadcast before its time', async () => {
    const { broadcastId, journeyId } = await broadcastTo(2, { at: new Date(Date.now() + 3_600_000) });
    expect(await processor().processPage()).toBe(false);
    expect(await progress(broadcastId)).toMatchObject({ status: 'scheduled', total: null, enrolled: 0 });
    expect(await enrollments(journeyId)).toEqual([]);
  });

  it('waits while the journey is paused and goes on from where it was after resume', async () => {
    const { broadcastId, journeyId } = await broadcastTo(7, { ratePerSecond: 3 });
    await processor().processPage();
    await setJourneyStatus(journeyId, 'paused');
    await makeNextPageDue(broadcastId);

    expect(await processor().processPage()).toBe(false);
    expect(await progress(broadcastId)).toMatchObject({ status: 'running', enrolled: 3 });
    expect(await enrollments(journeyId)).toHaveLength(3);

    await setJourneyStatus(journeyId, 'active');
    await processor().start();
    expect(await untilDone(broadcastId)).toMatchObject({ total: 7, enrolled: 7 });
    expect((await enrollments(journeyId)).every((row) => row.n === 1)).toBe(true);
  });

  it('cancels the broadcast of an archived journey, enrolling nobody more', async () => {
    const { broadcastId, journeyId } = await broadcastTo(7, { ratePerSecond: 3 });
    await processor().processPage();
    await setJourneyStatus(journeyId, 'archived');
    await makeNextPageDue(broadcastId);

    expect(await processor().processPage()).toBe(true);
    expect(await progress(broadcastId)).toMatchObject({ status: 'cancelled', enrolled: 3, finished_at: expect.any(Date) });
    expect(await processor().processPage()).toBe(false);
    expect(await enrollments(journeyId)).toHaveLength(3);
  });

  it('counts contacts the journey keeps out as skipped', async () => {
    const { broadcastId, journeyId, workspaceId } = await broadcastTo(3, { ratePerSecond: 10, settings: { reentry: { mode: 'never' } } });
    // Went through the journey before (an earlier trigger): re-entry 'never' keeps them out.
    const [contact] = await db.dataSource.query(`SELECT id FROM contacts WHERE workspace_id = $1 ORDER BY id LIMIT 1`, [workspaceId]);
    const [version] = await db.dataSource.query(`SELECT id FROM journey_versions WHERE journey_id = $1`, [journeyId]);
    await db.dataSource.query(
      `INSERT INTO enrollments (journey_id, version_id, contact_id, workflow_id, status, ended_at) VALUES ($1, $2, $3, 'earlier', 'completed', now())`,
      [journeyId, version.id, contact.id]);

    await processor().start();
    expect(await untilDone(broadcastId)).toMatchObject({ total: 3, enrolled: 2, skipped: 1 });
    expect(await enrollments(journeyId)).toHaveLength(3);
  });
});
