import type { INestApplication } from '@nestjs/common';
import type { TestDatabase } from '@cascade/testing';
import { startTestApp } from '../test-app.test-helpers';
import { invalidGraph, validGraph, workspaceClient, type WorkspaceClient } from './journeys.test-helpers';

describe('journey publishing and status: /api/v1/journeys/:id/…', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let acme: WorkspaceClient;

  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ db, app, stop } = await startTestApp());
    acme = await workspaceClient(app, db.dataSource, 'acme');
  });
  afterAll(() => stop());

  async function journey(graph = validGraph()): Promise<string> {
    return (await acme.post('/api/v1/journeys', { name: 'Welcome series', graph }).expect(201)).body.id;
  }
  const versionRows = async (id: string): Promise<number> =>
    (await db.dataSource.query(`SELECT count(*)::int AS n FROM journey_versions WHERE journey_id = $1`, [id]))[0].n;

  it('refuses to publish an invalid draft with 422 naming nodes and codes, and writes nothing', async () => {
    const id = await journey(invalidGraph());
    const response = await acme.post(`/api/v1/journeys/${id}/publish`, { note: 'first try' }).expect(422);
    expect(response.body).toMatchObject({ statusCode: 422, error: 'Unprocessable Entity' });
    expect(response.body.message).toMatch(/^The journey has \d+ problems/);
    expect(response.body.details).toEqual(expect.arrayContaining([
      { path: 'nodes[1].config.channel', code: 'unknown_channel', message: expect.stringContaining('pigeon'), nodeId: 'hello' },
      { path: 'nodes[2].config.duration', code: 'invalid_config', message: expect.any(String), nodeId: 'later' },
      expect.objectContaining({ code: 'unreachable_node', nodeId: 'later' }),
    ]));
    expect(await versionRows(id)).toBe(0);
    expect((await acme.get(`/api/v1/journeys/${id}`).expect(200)).body).toMatchObject({ status: 'draft', latestVersion: null });
  });

  it('publishes version 1 then 2, each freezing the draft of its time, and lists them newest first with notes', async () => {
    const id = await journey();
    const first = await acme.post(`/api/v1/journeys/${id}/publish`, { note: 'launch' }).expect(201);
    expect(first.body).toEqual({ journeyId: id, version: 1, publishedAt: expect.any(String), note: 'launch' });
    expect((await acme.get(`/api/v1/journeys/${id}`).expect(200)).body).toMatchObject({ status: 'active', latestVersion: 1 });

    const edited = validGraph();
    edited.nodes[1].config = { channel: 'sms', content: { body: 'Hi from SMS' } };
    await acme.put(`/api/v1/journeys/${id}`, { graph: edited }).expect(200);
    const second = await acme.post(`/api/v1/journeys/${id}/publish`).expect(201);
    expect(second.body).toMatchObject({ journeyId: id, version: 2, note: null });

    const versions = await acme.get(`/api/v1/journeys/${id}/versions`).expect(200);
    expect(versions.body).toEqual([
      { version: 2, publishedAt: second.body.publishedAt, note: null },
      { version: 1, publishedAt: first.body.publishedAt, note: 'launch' },
    ]);
    const graphs = await db.dataSource.query(`SELECT version, graph FROM journey_versions WHERE journey_id = $1 ORDER BY version`, [id]);
    expect(graphs).toEqual([{ version: 1, graph: validGraph() }, { version: 2, graph: edited }]);
  });

  it('numbers 5 concurrent publishes 1..5 exactly, without errors', async () => {
    const id = await journey();
    const responses = await Promise.all(Array.from({ length: 5 }, (_, i) => acme.post(`/api/v1/journeys/${id}/publish`, { note: `n${i}` })));
    expect(responses.map((response) => response.status)).toEqual([201, 201, 201, 201, 201]);
    expect(responses.map((response) => response.body.version).sort()).toEqual([1, 2, 3, 4, 5]);
    const versions = await acme.get(`/api/v1/journeys/${id}/versions`).expect(200);
    expect(versions.body.map((version: { version: number }) => version.version)).toEqual([5, 4, 3, 2, 1]);
  });

  it('keeps versions immutable: the database rejects an UPDATE', async () => {
    const id = await journey();
    await acme.post(`/api/v1/journeys/${id}/publish`, { note: 'original' }).expect(201);
    await expect(
      db.dataSource.query(`UPDATE journey_versions SET note = 'rewritten' WHERE journey_id = $1`, [id]),
    ).rejects.toThrow(/immutable/);
    expect((await acme.get(`/api/v1/journeys/${id}/versions`).expect(200)).body).toEqual([expect.objectContaining({ note: 'original' })]);
  });

  it('pauses only an active journey and resumes only a paused one; other moves are 409', async () => {
    const id = await journey();
    const path = `/api/v1/journeys/${id}`;
    const conflict = async (action: string, code: string) => {
      const response = await acme.post(`${path}/${action}`).expect(409);
      expect(response.body).toMatchObject({ statusCode: 409, error: 'Conflict', details: [expect.objectContaining({ path: 'status', code })] });
    };
    await conflict('pause', 'invalid_status_transition'); // a draft
    await conflict('resume', 'invalid_status_transition');
    await acme.post(`${path}/publish`).expect(201);
    await conflict('resume', 'invalid_status_transition'); // active

    expect((await acme.post(`${path}/pause`).expect(200)).body).toMatchObject({ id, status: 'paused', latestVersion: 1 });
    await conflict('pause', 'invalid_status_transition');
    expect((await acme.post(`${path}/resume`).expect(200)).body).toMatchObject({ id, status: 'active', latestVersion: 1 });
  });

  it('archives on DELETE; an archived journey cannot be edited, published, paused or resumed', async () => {
    const id = await journey();
    const path = `/api/v1/journeys/${id}`;
    await acme.post(`${path}/publish`).expect(201);
    await acme.delete(path).expect(204);
    await acme.delete(path).expect(204); // archiving twice is harmless
    expect((await acme.get(path).expect(200)).body).toMatchObject({ status: 'archived', latestVersion: 1 });

    for (const call of [acme.put(path, { name: 'x' }), acme.post(`${path}/publish`), acme.post(`${path}/pause`), acme.post(`${path}/resume`)]) {
      const response = await call.expect(409);
      expect(response.body.details).toEqual([expect.objectContaining({ path: 'status', code: 'journey_archived' })]);
    }
    expect(await versionRows(id)).toBe(1);
    expect((await acme.get(path).expect(200)).body).toMatchObject({ name: 'Welcome series', status: 'archived' });
    expect((await acme.get(`${path}/versions`).expect(200)).body).toHaveLength(1);
  });
});
