import type { INestApplication } from '@nestjs/common';
import type { JourneyGraph } from '@cascade/journey';
import { seedPublishedJourney, type TestDatabase } from '@cascade/testing';
import { workspaceClient, type WorkspaceClient } from '../journeys/journeys.test-helpers';
import { startTestApp } from '../test-app.test-helpers';

const graph: JourneyGraph = {
  nodes: [{ id: 'start', type: 'trigger', config: { kind: 'api' } }, { id: 'done', type: 'exit', config: { reason: 'done' } }],
  edges: [{ from: 'start', to: 'done' }],
};

interface EventItem { id: string; name: string; properties: Record<string, unknown>; occurredAt: string }

describe('contact timeline: GET /api/v1/contacts/:id/events and /enrollments', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let stop: () => Promise<void>;
  let acme: WorkspaceClient;
  let other: WorkspaceClient;

  beforeAll(async () => {
    ({ db, app, stop } = await startTestApp());
    acme = await workspaceClient(app, db.dataSource, 'acme');
    other = await workspaceClient(app, db.dataSource, 'other');
  });
  afterAll(() => stop());

  const createContact = async (client: WorkspaceClient, email: string): Promise<string> =>
    (await client.post('/api/v1/contacts', { email }).expect(201)).body.id;

  describe('events', () => {
    let contactId: string;

    beforeAll(async () => {
      contactId = await createContact(acme, 'events@example.com');
      // 205 events, five per instant at 41 instants one microsecond apart: only a microsecond cursor with the id as tie-breaker pages them right.
      await db.dataSource.query(
        `INSERT INTO contact_events (workspace_id, contact_id, name, properties, occurred_at)
         SELECT $1, $2, 'page_viewed', jsonb_build_object('n', n), '2025-05-01T10:00:00Z'::timestamptz + (n / 5) * interval '1 microsecond'
         FROM generate_series(0, 204) AS n`, [acme.workspaceId, contactId]);
      await db.dataSource.query(
        `INSERT INTO contact_events (workspace_id, contact_id, name, properties, occurred_at)
         VALUES ($1, $2, 'purchase', '{"amount": 42.5, "sku": "A-1"}', '2025-06-01T08:30:00Z')`, [acme.workspaceId, contactId]);
      // Another contact's events must not show.
      const neighbour = await createContact(acme, 'neighbour@example.com');
      await db.dataSource.query(
        `INSERT INTO contact_events (workspace_id, contact_id, name, occurred_at) VALUES ($1, $2, 'signed_up', '2025-07-01T00:00:00Z')`,
        [acme.workspaceId, neighbour]);
    });

    const pageThrough = async (limit: number) => {
      const pages: Array<{ items: EventItem[]; nextCursor: string | null }> = [];
      let cursor: string | null = null;
      do {
        const query: string = `limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
        pages.push((await acme.get(`/api/v1/contacts/${contactId}/events?${query}`).expect(200)).body);
        cursor = pages[pages.length - 1].nextCursor;
      } while (cursor && pages.length < 20);
      return { sizes: pages.map((page) => page.items.length), items: pages.flatMap((page) => page.items) };
    };

    it('lists the contact\'s events newest first, 50 by default, with their properties', async () => {
      const { body } = await acme.get(`/api/v1/contacts/${contactId}/events`).expect(200);
      expect(body.items).toHaveLength(50);
      expect(body.nextCursor).toEqual(expect.any(String));
      expect(body.items[0]).toEqual({ id: expect.any(String), name: 'purchase', properties: { amount: 42.5, sku: 'A-1' }, occurredAt: '2025-06-01T08:30:00.000Z' });
      expect(body.items[1]).toMatchObject({ name: 'page_viewed', properties: { n: expect.any(Number) }, occurredAt: '2025-05-01T10:00:00.000Z' });
      expect(body.items.map((item: EventItem) => item.name)).not.toContain('signed_up');
    });

    it('pages through every event exactly once, newest first, without an empty last page', async () => {
      const { sizes, items } = await pageThrough(40);
      expect(sizes).toEqual([40, 40, 40, 40, 40, 6]);
      expect(new Set(items.map((item) => item.id)).size).toBe(206);
      const instants = items.slice(1).map((item) => Math.floor((item.properties.n as number) / 5));
      expect(instants).toEqual([...instants].sort((a, b) => b - a));
    });

    it('serves up to 200 a page', async () => {
      expect((await pageThrough(200)).sizes).toEqual([200, 6]);
    });

    it('answers 400 naming the parameter for a bad limit or cursor', async () => {
      const detailsOf = async (query: string) => (await acme.get(`/api/v1/contacts/${contactId}/events?${query}`).expect(400)).body.details;
      expect(await detailsOf('limit=201')).toEqual([expect.objectContaining({ path: 'limit', code: 'max' })]);
      expect(await detailsOf('limit=0')).toEqual([expect.objectContaining({ path: 'limit', code: 'min' })]);
      expect(await detailsOf('limit=ten')).toEqual([expect.objectContaining({ path: 'limit', code: 'isInt' })]);
      expect(await detailsOf('cursor=forged')).toEqual([expect.objectContaining({ path: 'cursor', code: 'isCursor' })]);
      expect(await detailsOf('since=yesterday')).toEqual([expect.objectContaining({ path: 'since', code: 'unknown_field' })]);
    });

    it('answers 404 for another workspace\'s contact, 400 for a malformed id', async () => {
      const refused = await other.get(`/api/v1/contacts/${contactId}/events`).expect(404);
      expect(refused.body.details).toEqual([expect.objectContaining({ path: 'id', code: 'contact_not_found' })]);
      const malformed = await acme.get('/api/v1/contacts/nope/events').expect(400);
      expect(malformed.body.details).toEqual([expect.objectContaining({ path: 'id', code: 'isUuid' })]);
    });

    it('answers an empty page for a contact without events', async () => {
      const quiet = await createContact(acme, 'quiet@example.com');
      expect((await acme.get(`/api/v1/contacts/${quiet}/events`).expect(200)).body).toEqual({ items: [], nextCursor: null });
    });
  });

  describe('enrollments', () => {
    it('lists the contact\'s enrollments newest first with journey, version, conversion and split variants', async () => {
      const contactId = await createContact(acme, 'journeys@example.com');
      const welcome = await seedPublishedJourney(db.dataSource, graph, 'Welcome', acme.workspaceId);
      const [{ id: v2 }] = await db.dataSource.query(
        `INSERT INTO journey_versions (journey_id, version, graph) VALUES ($1, 2, $2) RETURNING id`, [welcome.journeyId, JSON.stringify(graph)]);
      const winback = await seedPublishedJourney(db.dataSource, graph, 'Win-back', acme.workspaceId);
      const [first, second, third] = await db.dataSource.query(
        `INSERT INTO enrollments (journey_id, version_id, contact_id, status, workflow_id, exit_reason, started_at, ended_at)
         VALUES ($1, $2, $5, 'exited', 'tl-1', 'goal', '2025-01-01T00:00:00Z', '2025-01-02T00:00:00Z'),
                ($3, $4, $5, 'completed', 'tl-2', NULL, '2025-02-01T00:00:00Z', '2025-02-03T00:00:00Z'),
                ($1, $6, $5, 'active', 'tl-3', NULL, '2025-03-01T00:00:00Z', NULL)
         RETURNING id`, [welcome.journeyId, welcome.versionId, winback.journeyId, winback.versionId, contactId, v2]);
      // The first enrollment passed split `ab` twice (a loop: the last pass counts) and split `subject` once; the second converted.
      await db.dataSource.query(
        `INSERT INTO step_events (enrollment_id, seq, journey_id, version_id, contact_id, kind, node_id, handle, variant, occurred_at) VALUES
           ($1, 1, $2, $3, $4, 'node_exited', 'ab', 'a', 'a', now()),
           ($1, 2, $2, $3, $4, 'node_exited', 'subject', 'short', 'short', now()),
           ($1, 3, $2, $3, $4, 'node_entered', 'ab', NULL, NULL, now()),
           ($1, 4, $2, $3, $4, 'node_exited', 'ab', 'b', 'b', now()),
           ($1, 5, $2, $3, $4, 'node_exited', 'done', 'default', NULL, now())`,
        [first.id, welcome.journeyId, welcome.versionId, contactId]);
      await db.dataSource.query(
        `INSERT INTO conversions (enrollment_id, journey_id, version_id, contact_id, event_name, converted_at) VALUES ($1, $2, $3, $4, 'purchase', now())`,
        [second.id, winback.journeyId, winback.versionId, contactId]);

      const { body } = await acme.get(`/api/v1/contacts/${contactId}/enrollments`).expect(200);
      expect(body).toEqual([
        { id: third.id, journeyId: welcome.journeyId, journeyName: 'Welcome', version: 2, status: 'active', startedAt: '2025-03-01T00:00:00.000Z', endedAt: null, exitReason: null, converted: false, variants: {} },
        { id: second.id, journeyId: winback.journeyId, journeyName: 'Win-back', version: 1, status: 'completed', startedAt: '2025-02-01T00:00:00.000Z', endedAt: '2025-02-03T00:00:00.000Z', exitReason: null, converted: true, variants: {} },
        { id: first.id, journeyId: welcome.journeyId, journeyName: 'Welcome', version: 1, status: 'exited', startedAt: '2025-01-01T00:00:00.000Z', endedAt: '2025-01-02T00:00:00.000Z', exitReason: 'goal', converted: false, variants: { ab: 'b', subject: 'short' } },
      ]);
    });

    it('shows at most the 100 newest', async () => {
      const contactId = await createContact(acme, 'regular@example.com');
      const daily = await seedPublishedJourney(db.dataSource, graph, 'Daily', acme.workspaceId);
      await db.dataSource.query(
        `INSERT INTO enrollments (journey_id, version_id, contact_id, status, workflow_id, started_at)
         SELECT $1, $2, $3, 'completed', 'daily-' || n, '2025-01-01T00:00:00Z'::timestamptz + n * interval '1 day' FROM generate_series(1, 105) AS n`,
        [daily.journeyId, daily.versionId, contactId]);
      const { body } = await acme.get(`/api/v1/contacts/${contactId}/enrollments`).expect(200);
      expect(body).toHaveLength(100);
      expect(body[0].startedAt).toBe(new Date(Date.UTC(2025, 0, 1 + 105)).toISOString());
      expect(body[99].startedAt).toBe(new Date(Date.UTC(2025, 0, 1 + 6)).toISOString());
    });

    it('answers an empty list for a contact never enrolled, 404 for another workspace\'s contact', async () => {
      const contactId = await createContact(acme, 'never@example.com');
      expect((await acme.get(`/api/v1/contacts/${contactId}/enrollments`).expect(200)).body).toEqual([]);
      const refused = await other.get(`/api/v1/contacts/${contactId}/enrollments`).expect(404);
      expect(refused.body.details).toEqual([expect.objectContaining({ path: 'id', code: 'contact_not_found' })]);
      await acme.get('/api/v1/contacts/nope/enrollments').expect(400);
    });
  });
});
