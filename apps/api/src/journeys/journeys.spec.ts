import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { TestDatabase } from '@cascade/testing';
import { startTestApp } from '../test-app.test-helpers';
import { invalidGraph, validGraph, workspaceClient, type WorkspaceClient } from './journeys.test-helpers';

describe('journey drafts: /api/v1/journeys', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let acme: WorkspaceClient;

  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ db, app, stop } = await startTestApp());
    acme = await workspaceClient(app, db.dataSource, 'acme');
  });
  afterAll(() => stop());

  it('creates a draft with an empty graph by default, and reads it back', async () => {
    const created = await acme.post('/api/v1/journeys', { name: 'Welcome' }).expect(201);
    expect(created.body).toEqual({
      id: expect.any(String), name: 'Welcome', status: 'draft', draft: { nodes: [], edges: [] },
      createdAt: expect.any(String), updatedAt: expect.any(String), latestVersion: null,
      problems: [expect.objectContaining({ path: 'nodes', code: 'trigger_count' })],
    });
    const { problems: _, ...journey } = created.body;
    const fetched = await acme.get(`/api/v1/journeys/${journey.id}`).expect(200);
    expect(fetched.body).toEqual(journey);
  });

  it('saves an invalid draft, listing its problems with node ids, and validate says the same', async () => {
    const created = await acme.post('/api/v1/journeys', { name: 'Broken', graph: invalidGraph() }).expect(201);
    expect(created.body.draft).toEqual(invalidGraph());
    const found = created.body.problems.map((problem: { nodeId?: string; code: string }) => `${problem.nodeId}:${problem.code}`);
    expect(found).toEqual(expect.arrayContaining(['hello:unknown_channel', 'later:invalid_config', 'later:unreachable_node']));

    const validated = await acme.post(`/api/v1/journeys/${created.body.id}/validate`).expect(200);
    expect(validated.body).toEqual({ valid: false, problems: created.body.problems });
  });

  it('updates the name and the graph; a valid graph has no problems', async () => {
    const { body: created } = await acme.post('/api/v1/journeys', { name: 'Draft' }).expect(201);
    const renamed = await acme.put(`/api/v1/journeys/${created.id}`, { name: 'Renamed' }).expect(200);
    expect(renamed.body).toMatchObject({ name: 'Renamed', draft: { nodes: [], edges: [] }, status: 'draft' });

    const updated = await acme.put(`/api/v1/journeys/${created.id}`, { graph: validGraph() }).expect(200);
    expect(updated.body).toMatchObject({ name: 'Renamed', draft: validGraph(), problems: [], latestVersion: null });
    expect(new Date(updated.body.updatedAt).getTime()).toBeGreaterThan(new Date(created.updatedAt).getTime());
    expect((await acme.post(`/api/v1/journeys/${created.id}/validate`).expect(200)).body).toEqual({ valid: true, problems: [] });
    expect((await acme.get(`/api/v1/journeys/${created.id}`).expect(200)).body.draft).toEqual(validGraph());
  });

  it('lists newest first with latestVersion, filters by status, and hides archived journeys unless asked', async () => {
    const shop = await workspaceClient(app, db.dataSource, 'shop');
    const first = (await shop.post('/api/v1/journeys', { name: 'first', graph: validGraph() }).expect(201)).body;
    const second = (await shop.post('/api/v1/journeys', { name: 'second' }).expect(201)).body;
    const third = (await shop.post('/api/v1/journeys', { name: 'third' }).expect(201)).body;
    await shop.post(`/api/v1/journeys/${first.id}/publish`).expect(201);
    await shop.delete(`/api/v1/journeys/${third.id}`).expect(204);

    const all = await shop.get('/api/v1/journeys').expect(200);
    expect(all.body.map((journey: { name: string }) => journey.name)).toEqual(['second', 'first']);
    expect(all.body[1]).toMatchObject({ id: first.id, status: 'active', latestVersion: 1, draft: validGraph() });
    expect(all.body[0]).toMatchObject({ id: second.id, status: 'draft', latestVersion: null });
    expect(all.body[0]).not.toHaveProperty('problems');

    const drafts = await shop.get('/api/v1/journeys?status=draft').expect(200);
    expect(drafts.body.map((journey: { id: string }) => journey.id)).toEqual([second.id]);
    const archived = await shop.get('/api/v1/journeys?status=archived').expect(200);
    expect(archived.body.map((journey: { id: string }) => journey.id)).toEqual([third.id]);
    const bad = await shop.get('/api/v1/journeys?status=deleted').expect(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ path: 'status', code: 'isIn' })]);
  });

  it('answers 401 without a valid key', async () => {
    const server = app.getHttpServer();
    await request(server).get('/api/v1/journeys').expect(401);
    await request(server).post('/api/v1/journeys').send({ name: 'x' }).expect(401);
    await request(server).get('/api/v1/journeys').set('Authorization', 'Bearer nonsense').expect(401);
  });

  it("answers 404 for another workspace's journey, on every endpoint, and changes nothing", async () => {
    const other = await workspaceClient(app, db.dataSource, 'other');
    const { body: mine } = await acme.post('/api/v1/journeys', { name: 'Mine', graph: validGraph() }).expect(201);
    const path = `/api/v1/journeys/${mine.id}`;
    const calls = [
      other.get(path), other.put(path, { name: 'Theirs' }), other.delete(path), other.get(`${path}/versions`),
      other.post(`${path}/validate`), other.post(`${path}/publish`), other.post(`${path}/pause`), other.post(`${path}/resume`),
    ];
    for (const call of calls) {
      const response = await call.expect(404);
      expect(response.body).toEqual({
        statusCode: 404, error: 'Not Found', message: `Journey ${mine.id} does not exist.`,
        details: [{ path: 'id', code: 'journey_not_found', message: `Journey ${mine.id} does not exist.` }],
      });
    }
    expect((await other.get('/api/v1/journeys').expect(200)).body).toEqual([]);
    expect((await acme.get(path).expect(200)).body).toMatchObject({ name: 'Mine', status: 'draft', latestVersion: null });
  });

  it('answers 404 for an unknown id and 400 for an id that is not a uuid', async () => {
    await acme.get('/api/v1/journeys/2b1c6f0e-8d0a-4c5e-9d55-6f1f1b1a1a1a').expect(404);
    await acme.get('/api/v1/journeys/not-a-uuid').expect(400);
  });

  describe('bad input: 400 naming the field', () => {
    const cases: [string, object, { path: string; code: string }][] = [
      ['name missing', {}, { path: 'name', code: 'isString' }],
      ['name not a string', { name: 5 }, { path: 'name', code: 'isString' }],
      ['name blank', { name: '   ' }, { path: 'name', code: 'matches' }],
      ['name too long', { name: 'x'.repeat(201) }, { path: 'name', code: 'maxLength' }],
      ['an unknown field', { name: 'x', status: 'active' }, { path: 'status', code: 'unknown_field' }],
      ['graph not an object', { name: 'x', graph: 'nodes' }, { path: 'graph', code: 'isObject' }],
      ['graph null', { name: 'x', graph: null }, { path: 'graph', code: 'isObject' }],
      ['graph.nodes not an array', { name: 'x', graph: { nodes: {}, edges: [] } }, { path: 'graph.nodes', code: 'isArray' }],
      ['graph.edges missing', { name: 'x', graph: { nodes: [] } }, { path: 'graph.edges', code: 'isArray' }],
      ['too many nodes', { name: 'x', graph: { nodes: Array(501).fill({}), edges: [] } }, { path: 'graph.nodes', code: 'arrayMaxSize' }],
      ['graph.settings not an object', { name: 'x', graph: { nodes: [], edges: [], settings: 3 } }, { path: 'graph.settings', code: 'isObject' }],
      ['an unknown graph field', { name: 'x', graph: { nodes: [], edges: [], layout: {} } }, { path: 'graph.layout', code: 'unknown_field' }],
    ];

    it.each(cases)('on create: %s', async (_, body, detail) => {
      const response = await acme.post('/api/v1/journeys', body).expect(400);
      expect(response.body).toEqual({
        statusCode: 400, error: 'Bad Request', message: 'Request validation failed',
        details: [{ ...detail, message: expect.any(String) }],
      });
    });

    it('on update and publish, and nothing is written', async () => {
      const { body: journey } = await acme.post('/api/v1/journeys', { name: 'Kept', graph: validGraph() }).expect(201);
      const path = `/api/v1/journeys/${journey.id}`;
      const update = await acme.put(path, { name: 'New', graph: { nodes: 'x', edges: [] } }).expect(400);
      expect(update.body.details).toEqual([expect.objectContaining({ path: 'graph.nodes', code: 'isArray' })]);
      const nulls = await acme.put(path, { name: null, graph: null }).expect(400);
      expect(nulls.body.details).toEqual([
        expect.objectContaining({ path: 'name', code: 'isString' }), expect.objectContaining({ path: 'graph', code: 'isObject' }),
      ]);
      const publish = await acme.post(`${path}/publish`, { note: 42 }).expect(400);
      expect(publish.body.details).toEqual([expect.objectContaining({ path: 'note', code: 'isString' })]);
      expect((await acme.get(path).expect(200)).body).toMatchObject({ name: 'Kept', status: 'draft', latestVersion: null });
    });
  });
});
