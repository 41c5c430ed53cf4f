import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TestDatabase } from '@cascade/testing';
import { startTestApp } from '../test-app.test-helpers';
import { validGraph, workspaceClient, type WorkspaceClient } from './journeys.test-helpers';

describe('journey list counts: GET /api/v1/journeys', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let stop: () => Promise<void>;
  let shop: WorkspaceClient;

  beforeAll(async () => {
    ({ db, app, stop } = await startTestApp());
    shop = await workspaceClient(app, db.dataSource, 'shop');
  });
  afterAll(() => stop());

  /** A published journey of `client` with `statuses.length` enrollments (one contact each); the first `converted` of them converted. */
  const seedJourney = async (client: WorkspaceClient, name: string, statuses: string[], converted = 0): Promise<string> => {
    const { id } = (await client.post('/api/v1/journeys', { name, graph: validGraph() }).expect(201)).body;
    const { body: version } = await client.post(`/api/v1/journeys/${id}/publish`).expect(201);
    const [{ id: versionId }] = await db.dataSource.query(`SELECT id FROM journey_versions WHERE journey_id = $1 AND version = $2`, [id, version.version]);
    const enrollments: { id: string; contact_id: string }[] = await db.dataSource.query(
      `WITH contacts AS (INSERT INTO contacts (workspace_id) SELECT $1 FROM unnest($4::text[]) RETURNING id),
         numbered AS (SELECT id, row_number() OVER () AS n FROM contacts)
       INSERT INTO enrollments (journey_id, version_id, contact_id, status, workflow_id)
       SELECT $2, $3, numbered.id, ($4::text[])[numbered.n], 'counts-' || gen_random_uuid() FROM numbered
       RETURNING id, contact_id`,
      [client.workspaceId, id, versionId, statuses]);
    await db.dataSource.query(
      `INSERT INTO conversions (enrollment_id, journey_id, version_id, contact_id, event_name, converted_at)
       SELECT e, $1, $2, c, 'purchase', now() FROM unnest($3::uuid[], $4::uuid[]) AS t(e, c)`,
      [id, versionId, enrollments.slice(0, converted).map((e) => e.id), enrollments.slice(0, converted).map((e) => e.contact_id)]);
    return id;
  };

  it('gives each journey its active and total enrollments, conversions and conversion rate', async () => {
    const busy = await seedJourney(shop, 'busy', ['active', 'active', 'active', 'completed', 'exited', 'converted', 'cancelled', 'failed'], 2);
    const quiet = await seedJourney(shop, 'quiet', ['completed', 'completed', 'completed'], 3);
    const { id: fresh } = (await shop.post('/api/v1/journeys', { name: 'fresh' }).expect(201)).body;

    const { body } = await shop.get('/api/v1/journeys').expect(200);
    const byId = new Map(body.map((journey: { id: string }) => [journey.id, journey]));
    expect(byId.get(busy)).toMatchObject({ name: 'busy', activeEnrollments: 3, enrollments: 8, conversions: 2, conversionRate: 0.25 });
    expect(byId.get(quiet)).toMatchObject({ name: 'quiet', activeEnrollments: 0, enrollments: 3, conversions: 3, conversionRate: 1 });
    expect(byId.get(fresh)).toMatchObject({ name: 'fresh', activeEnrollments: 0, enrollments: 0, conversions: 0, conversionRate: null });
  });

  it('counts archived journeys when listed, and nothing of another workspace', async () => {
    const mall = await workspaceClient(app, db.dataSource, 'mall');
    const theirs = await seedJourney(mall, 'theirs', ['active', 'completed'], 1);
    const mine = await seedJourney(mall, 'mine', ['completed'], 0);
    await mall.delete(`/api/v1/journeys/${mine}`).expect(204);

    expect((await shop.get('/api/v1/journeys?status=archived').expect(200)).body).toEqual([]);
    expect((await mall.get('/api/v1/journeys?status=archived').expect(200)).body)
      .toEqual([expect.objectContaining({ id: mine, enrollments: 1, activeEnrollments: 0, conversions: 0, conversionRate: 0 })]);
    expect((await mall.get('/api/v1/journeys').expect(200)).body)
      .toEqual([expect.objectContaining({ id: theirs, enrollments: 2, activeEnrollments: 1, conversions: 1, conversionRate: 0.5 })]);
  });

  it('counts every listed journey in one statement, not one per journey', async () => {
    const manager = app.get(DataSource).manager;
    const query = jest.spyOn(manager, 'query');
    try {
      const { body } = await shop.get('/api/v1/journeys').expect(200);
      expect(body.length).toBeGreaterThanOrEqual(3);
      const counting = query.mock.calls.filter(([sql]) => /\bconversions\b/.test(sql));
      expect(counting).toHaveLength(1);
    } finally {
      query.mockRestore();
    }
  });

  it('keeps GET /journeys/:id as it was, without counts', async () => {
    const { id } = (await shop.post('/api/v1/journeys', { name: 'single' }).expect(201)).body;
    const { body } = await shop.get(`/api/v1/journeys/${id}`).expect(200);
    expect(Object.keys(body).sort()).toEqual(['createdAt', 'draft', 'id', 'latestVersion', 'name', 'status', 'updatedAt']);
  });
});
