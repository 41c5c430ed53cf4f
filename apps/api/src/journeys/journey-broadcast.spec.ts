import type { INestApplication } from '@nestjs/common';
import type { JourneyGraph } from '@cascade/journey';
import type { TestDatabase } from '@cascade/testing';
import { startTestApp } from '../test-app.test-helpers';
import { validGraph, workspaceClient, type WorkspaceClient } from './journeys.test-helpers';

/** validGraph() started by a broadcast with `config`. */
function broadcastGraph(config: Record<string, unknown> = {}): JourneyGraph {
  const graph = validGraph();
  graph.nodes[0].config = { kind: 'broadcast', ...config };
  return graph;
}

describe('broadcast journeys: publish schedules, GET /api/v1/journeys/:id/broadcast shows progress', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let acme: WorkspaceClient;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ db, app, stop } = await startTestApp());
    acme = await workspaceClient(app, db.dataSource, 'acme');
  });
  afterAll(() => stop());

  async function journey(graph: JourneyGraph): Promise<string> {
    return (await acme.post('/api/v1/journeys', { name: 'Spring sale', graph }).expect(201)).body.id;
  }
  const broadcast = (id: string) => acme.get(`/api/v1/journeys/${id}/broadcast`);

  it('schedules a broadcast on publish, at its time and rate, with nothing sent yet', async () => {
    const at = '2030-03-01T09:00:00.000Z';
    const id = await journey(broadcastGraph({ at, ratePerSecond: 20 }));
    await acme.post(`/api/v1/journeys/${id}/publish`).expect(201);
    expect((await broadcast(id).expect(200)).body).toEqual({
      status: 'scheduled', scheduledAt: at, ratePerSecond: 20, total: null, processed: 0, enrolled: 0, skipped: 0, startedAt: null, finishedAt: null,
    });
  });

  it('sends a broadcast without a time at once, 50 a second unless told', async () => {
    const id = await journey(broadcastGraph());
    const before = Date.now();
    await acme.post(`/api/v1/journeys/${id}/publish`).expect(201);
    const { body } = await broadcast(id).expect(200);
    expect(body).toMatchObject({ status: 'scheduled', ratePerSecond: 50 });
    expect(Date.parse(body.scheduledAt)).toBeGreaterThanOrEqual(before - 1_000);
  });

  it('lets a re-publish move a broadcast that has not gone out, and leaves one that has', async () => {
    const id = await journey(broadcastGraph({ at: '2030-03-01T09:00:00Z' }));
    await acme.post(`/api/v1/journeys/${id}/publish`).expect(201);
    await acme.put(`/api/v1/journeys/${id}`, { graph: broadcastGraph({ at: '2030-03-02T09:00:00Z', ratePerSecond: 5 }) }).expect(200);
    await acme.post(`/api/v1/journeys/${id}/publish`).expect(201);
    expect((await broadcast(id).expect(200)).body).toMatchObject({ status: 'scheduled', scheduledAt: '2030-03-02T09:00:00.000Z', ratePerSecond: 5 });

    await db.dataSource.query(`UPDATE broadcasts SET status = 'running', started_at = now() WHERE journey_id = $1`, [id]); // the worker began
    await acme.put(`/api/v1/journeys/${id}`, { graph: broadcastGraph({ at: '2030-04-01T09:00:00Z' }) }).expect(200);
    await acme.post(`/api/v1/journeys/${id}/publish`).expect(201);
    expect((await broadcast(id).expect(200)).body).toMatchObject({ status: 'running', scheduledAt: '2030-03-02T09:00:00.000Z' });
  });

  it('cancels a scheduled broadcast when a new version starts otherwise', async () => {
    const id = await journey(broadcastGraph({ at: '2030-03-01T09:00:00Z' }));
    await acme.post(`/api/v1/journeys/${id}/publish`).expect(201);
    await acme.put(`/api/v1/journeys/${id}`, { graph: validGraph() }).expect(200);
    await acme.post(`/api/v1/journeys/${id}/publish`).expect(201);
    expect((await broadcast(id).expect(200)).body).toMatchObject({ status: 'cancelled', startedAt: null });
  });

  it('refuses a broadcast to a segment the workspace does not have with 422 naming the trigger node, and publishes nothing', async () => {
    const id = await journey(broadcastGraph({ segmentId: 'vip' }));
    const response = await acme.post(`/api/v1/journeys/${id}/publish`).expect(422);
    expect(response.body.details).toEqual([{
      path: 'nodes[0].config.segmentId', code: 'segment_not_found', message: 'segment vip does not exist in this workspace.', nodeId: 'start',
    }]);
    expect((await acme.get(`/api/v1/journeys/${id}`).expect(200)).body).toMatchObject({ status: 'draft', latestVersion: null });
    await broadcast(id).expect(404);
  });

  it('refuses a rate outside 1..1000 a second', async () => {
    const id = await journey(broadcastGraph({ ratePerSecond: 5_000 }));
    const response = await acme.post(`/api/v1/journeys/${id}/publish`).expect(422);
    expect(response.body.details).toEqual([expect.objectContaining({ path: 'nodes[0].config.ratePerSecond', nodeId: 'start' })]);
  });

  it('answers 404 for another workspace\'s journey and for a journey without a broadcast', async () => {
    const id = await journey(broadcastGraph());
    await acme.post(`/api/v1/journeys/${id}/publish`).expect(201);
    const other = await workspaceClient(app, db.dataSource, 'other');
    const foreign = await other.get(`/api/v1/journeys/${id}/broadcast`).expect(404);
    expect(foreign.body.message).toBe(`Journey ${id} does not exist.`);

    const plain = await journey(validGraph());
    await acme.post(`/api/v1/journeys/${plain}/publish`).expect(201);
    expect((await broadcast(plain).expect(404)).body.details).toEqual([expect.objectContaining({ code: 'broadcast_not_found' })]);
  });
});
