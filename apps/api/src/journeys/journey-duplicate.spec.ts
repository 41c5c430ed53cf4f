import type { INestApplication } from '@nestjs/common';
import type { TestDatabase } from '@cascade/testing';
import { startTestApp } from '../test-app.test-helpers';
import { invalidGraph, validGraph, workspaceClient, type WorkspaceClient } from './journeys.test-helpers';

describe('journey copies: POST /api/v1/journeys/:id/duplicate', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let stop: () => Promise<void>;
  let acme: WorkspaceClient;

  beforeAll(async () => {
    ({ db, app, stop } = await startTestApp());
    acme = await workspaceClient(app, db.dataSource, 'acme');
  });
  afterAll(() => stop());

  it('copies a published journey\'s draft into a new draft named "<name> (copy)", leaving the original alone', async () => {
    const { body: original } = await acme.post('/api/v1/journeys', { name: 'Welcome', graph: validGraph() }).expect(201);
    await acme.post(`/api/v1/journeys/${original.id}/publish`).expect(201);
    const edited = { ...validGraph(), nodes: validGraph().nodes.map((node) => (node.id === 'hello' ? { ...node, config: { channel: 'email', content: { subject: 'Edited', body: 'Hi' } } } : node)) };
    await acme.put(`/api/v1/journeys/${original.id}`, { graph: edited }).expect(200);

    const { body: copy } = await acme.post(`/api/v1/journeys/${original.id}/duplicate`).expect(201);
    expect(copy).toEqual({
      id: expect.any(String), name: 'Welcome (copy)', status: 'draft', draft: edited, latestVersion: null,
      createdAt: expect.any(String), updatedAt: expect.any(String), problems: [],
    });
    expect(copy.id).not.toBe(original.id);
    expect((await acme.get(`/api/v1/journeys/${copy.id}/versions`).expect(200)).body).toEqual([]);
    expect((await acme.get(`/api/v1/journeys/${original.id}`).expect(200)).body).toMatchObject({ name: 'Welcome', status: 'active', latestVersion: 1 });
    const names = (await acme.get('/api/v1/journeys').expect(200)).body.map((journey: { name: string }) => journey.name);
    expect(names.slice(0, 2)).toEqual(['Welcome (copy)', 'Welcome']);
  });

  it('copies an archived journey, and an invalid draft with its problems', async () => {
    const { body: old } = await acme.post('/api/v1/journeys', { name: 'Old', graph: invalidGraph() }).expect(201);
    await acme.delete(`/api/v1/journeys/${old.id}`).expect(204);

    const { body: copy } = await acme.post(`/api/v1/journeys/${old.id}/duplicate`).expect(201);
    expect(copy).toMatchObject({ name: 'Old (copy)', status: 'draft', draft: invalidGraph(), problems: old.problems });
    await acme.put(`/api/v1/journeys/${copy.id}`, { name: 'Revived' }).expect(200);
  });

  it('refuses another workspace\'s journey, a missing one and a malformed id', async () => {
    const { body: mine } = await acme.post('/api/v1/journeys', { name: 'Mine' }).expect(201);
    const other = await workspaceClient(app, db.dataSource, 'other');

    const refused = await other.post(`/api/v1/journeys/${mine.id}/duplicate`).expect(404);
    expect(refused.body.details).toEqual([expect.objectContaining({ path: 'id', code: 'journey_not_found' })]);
    expect((await other.get('/api/v1/journeys').expect(200)).body).toEqual([]);
    await acme.post('/api/v1/journeys/2b1c6f0e-8d0a-4c5e-9d55-6f1f1b1a1a1a/duplicate').expect(404);
    const malformed = await acme.post('/api/v1/journeys/not-a-uuid/duplicate').expect(400);
    expect(malformed.body.details).toEqual([expect.objectContaining({ path: 'id', code: 'isUuid' })]);
  });
});
