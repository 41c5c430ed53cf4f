import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { TestDatabase } from '@cascade/testing';
import { workspaceClient } from '../journeys/journeys.test-helpers';
import { startTestApp } from '../test-app.test-helpers';

describe('workspace API: GET /api/v1/workspace', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ db, app, stop } = await startTestApp());
  });
  afterAll(() => stop());

  it('answers the workspace of the key, and only that one', async () => {
    const acme = await workspaceClient(app, db.dataSource, 'Acme Shop');
    const globex = await workspaceClient(app, db.dataSource, 'Globex');
    const [{ created_at }] = await db.dataSource.query(`SELECT created_at FROM workspaces WHERE id = $1`, [acme.workspaceId]);

    expect((await acme.get('/api/v1/workspace').expect(200)).body).toEqual({
      id: acme.workspaceId, name: 'Acme Shop', createdAt: created_at.toISOString(),
    });
    expect((await globex.get('/api/v1/workspace').expect(200)).body).toMatchObject({ id: globex.workspaceId, name: 'Globex' });
  });

  it('answers 401 without a valid key', async () => {
    await request(app.getHttpServer()).get('/api/v1/workspace').expect(401);
    await request(app.getHttpServer()).get('/api/v1/workspace').set('Authorization', 'Bearer csk_nonsense').expect(401);
  });
});
