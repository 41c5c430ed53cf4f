import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApiKey, createWorkspace } from '@cascade/db';
import type { JourneyGraph } from '@cascade/journey';
import { seedContact, seedPublishedJourney, seedWorkspace, type TestDatabase } from '@cascade/testing';
import { startTestApp } from '../test-app.test-helpers';

const graph: JourneyGraph = {
  nodes: [{ id: 'start', type: 'trigger', config: { kind: 'api' } }, { id: 'done', type: 'exit', config: { reason: 'done' } }],
  edges: [{ from: 'start', to: 'done' }],
};
const STATUSES = ['active', 'completed', 'exited'];

interface Item { id: string; contactId: string; status: string; exitReason: string | null; startedAt: string; endedAt: string | null }
interface Seeded { id: string; status: string; instant: number }

describe('enrollments API: list', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let stop: () => Promise<void>;
  let auth: string;
  let journeyId: string;
  let seeded: Seeded[];

  beforeAll(async () => {
    ({ db, app, stop } = await startTestApp());
    const workspaceId = await seedWorkspace(db.dataSource);
    auth = `Bearer ${await createApiKey(db.dataSource, workspaceId)}`;
    let versionId: string;
    ({ journeyId, versionId } = await seedPublishedJourney(db.dataSource, graph, 'paged', workspaceId));
    // 120 enrollments at 30 instants one microsecond apart, four per instant: all in one millisecond,
    // so only a microsecond-precise cursor with the id as tie-breaker pages them right.
    seeded = await db.dataSource.query(
      `WITH contacts AS (
         INSERT INTO contacts (workspace_id, external_id) SELECT $1, n::text FROM generate_series(0, 119) AS n RETURNING id, external_id::int AS n)
       INSERT INTO enrollments (journey_id, version_id, contact_id, status, workflow_id, started_at)
       SELECT $2, $3, id, ($4::text[])[n % 3 + 1], 'list-' || n, '2025-03-01T12:00:00Z'::timestamptz + (n / 4) * interval '1 microsecond' FROM contacts
       RETURNING id, status, extract(microseconds FROM started_at)::int AS instant`,
      [workspaceId, journeyId, versionId, STATUSES],
    );
    // Another journey's enrollment, which must not show.
    const other = await seedPublishedJourney(db.dataSource, graph, 'other', workspaceId);
    await db.dataSource.query(
      `INSERT INTO enrollments (journey_id, version_id, contact_id, workflow_id) VALUES ($1, $2, $3, 'other-journey')`,
      [other.journeyId, other.versionId, await seedContact(db.dataSource, { email: 'other@paging.test' }, workspaceId)],
    );
  });
  afterAll(() => stop());

  const list = (query: Record<string, string | number>, journey = journeyId) =>
    request(app.getHttpServer()).get(`/api/v1/journeys/${journey}/enrollments`).query(query).set('Authorization', auth);

  /** Follows nextCursor to the end; the page sizes and every item in the order served. */
  const pageThrough = async (query: Record<string, string | number>) => {
    const pages: Array<{ items: Item[]; nextCursor: string | null }> = [];
    let cursor: string | null = null;
    do {
      const response: request.Response = await list(cursor ? { ...query, cursor } : query).expect(200);
      pages.push(response.body);
      cursor = response.body.nextCursor;
    } while (cursor && pages.length < 10);
    return { sizes: pages.map((page) => page.items.length), items: pages.flatMap((page) => page.items) };
  };

  /** Newest first, ties on the instant broken by id, descending (uuid order is its hex text's). */
  const expectedIds = (rows: Seeded[]) =>
    [...rows].sort((a, b) => b.instant - a.instant || (a.id < b.id ? 1 : -1)).map((row) => row.id);

  it('pages through 120 enrollments newest first: 50, 50, 20, each exactly once', async () => {
    const { sizes, items } = await pageThrough({ limit: 50 });
    expect(sizes).toEqual([50, 50, 20]);
    expect(items.map((item) => item.id)).toEqual(expectedIds(seeded));
    expect(items[0]).toEqual({
      id: expect.any(String), contactId: expect.any(String), status: expect.any(String), exitReason: null,
      startedAt: '2025-03-01T12:00:00.000Z', endedAt: null,
    });
  });

  it('filters by status, across pages, without an empty last page', async () => {
    const { sizes, items } = await pageThrough({ status: 'completed', limit: 20 });
    expect(sizes).toEqual([20, 20]);
    expect(items.map((item) => item.id)).toEqual(expectedIds(seeded.filter((row) => row.status === 'completed')));
    expect((await list({ status: 'failed' }).expect(200)).body).toEqual({ items: [], nextCursor: null });
  });

  it('defaults to 50 per page', async () => {
    const { body } = await list({}).expect(200);
    expect(body.items).toHaveLength(50);
    expect(body.nextCursor).toEqual(expect.any(String));
  });

  it('answers 400 naming the bad limit, cursor or status', async () => {
    const millisecondCursor = Buffer.from(JSON.stringify(['2025-03-01T12:00:00.000Z', seeded[0].id])).toString('base64url');
    for (const [query, path] of [[{ limit: 0 }, 'limit'], [{ limit: 101 }, 'limit'], [{ limit: 'ten' }, 'limit'], [{ cursor: 'garbage' }, 'cursor'],
      [{ cursor: millisecondCursor }, 'cursor'], [{ status: 'paused' }, 'status'], [{ page: 2 }, 'page']] as const) {
      const response = await list(query).expect(400);
      expect(response.body.details).toEqual([expect.objectContaining({ path })]);
    }
  });

  it("answers 404 for another workspace's journey", async () => {
    const other = await createWorkspace(db.dataSource, 'globex');
    const { journeyId: theirs } = await seedPublishedJourney(db.dataSource, graph, 'theirs', other.workspaceId);
    await list({}, theirs).expect(404);
  });
});
