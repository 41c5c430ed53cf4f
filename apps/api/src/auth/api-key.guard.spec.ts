import type { INestApplication, LoggerService } from '@nestjs/common';
import request from 'supertest';
import { loadConfig } from '@cascade/config';
import { createApiKey, createWorkspace } from '@cascade/db';
import { createTestDatabase, TEST_SECRET_KEY, testTemporal, type TestDatabase } from '@cascade/testing';
import { createApp } from '../create-app';

describe('API keys', () => {
  let db: TestDatabase;
  let app: INestApplication;
  const logged: string[] = [];
  const logger: LoggerService = Object.fromEntries(
    ['log', 'error', 'warn', 'debug', 'verbose', 'fatal'].map((level) => [level, (...parts: unknown[]) => void logged.push(JSON.stringify(parts))]),
  ) as unknown as LoggerService;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createApp(loadConfig({ DATABASE_URL: db.url, TEMPORAL_ADDRESS: testTemporal().address, LOG_LEVEL: 'verbose', CASCADE_SECRET_KEY: TEST_SECRET_KEY }));
    app.useLogger(logger);
    await app.init();
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  const getJourney = (authorization?: string) => {
    const call = request(app.getHttpServer()).get('/api/v1/journeys/2b1c6f0e-8d0a-4c5e-9d55-6f1f1b1a1a1a');
    return authorization ? call.set('Authorization', authorization) : call;
  };

  it('answers 401 in the common error shape without a key, with a malformed one, or with an unknown one', async () => {
    const { apiKey } = await createWorkspace(db.dataSource, 'acme');
    for (const authorization of [undefined, apiKey, `Basic ${apiKey}`, 'Bearer nonsense', `Bearer ${apiKey.slice(0, -2)}xx`, `Bearer ${apiKey} junk`, `bearer ${apiKey}`]) {
      const response = await getJourney(authorization).expect(401);
      expect(response.body).toEqual({
        statusCode: 401, error: 'Unauthorized', message: 'A valid API key is required: Authorization: Bearer <api key>',
      });
    }
  });

  it('lets a valid key through, and a revoked key no longer', async () => {
    const { workspaceId } = await createWorkspace(db.dataSource, 'acme');
    const apiKey = await createApiKey(db.dataSource, workspaceId);
    await getJourney(`Bearer ${apiKey}`).expect(404); // authenticated: the journey simply does not exist
    await db.dataSource.query(`UPDATE api_keys SET revoked_at = now() WHERE workspace_id = $1`, [workspaceId]);
    await getJourney(`Bearer ${apiKey}`).expect(401);
  });

  it('stores only a hash of the key and never logs it', async () => {
    const { apiKey } = await createWorkspace(db.dataSource, 'secretive');
    await getJourney(`Bearer ${apiKey}`).expect(404);
    await request(app.getHttpServer()).post('/api/v1/journeys').set('Authorization', `Bearer ${apiKey}`).send({ name: 5 }).expect(400);
    const secret = apiKey.slice('csk_'.length + 13); // after csk_<12-character prefix>_
    const stored = await db.dataSource.query(`SELECT count(*)::int AS n FROM api_keys WHERE secret_hash LIKE $1 OR prefix LIKE $1`, [`%${secret}%`]);
    expect(stored[0].n).toBe(0);
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join('\n')).not.toContain(secret);
  });

  it('keeps /health public', async () => {
    await request(app.getHttpServer()).get('/health').expect(200);
  });
});
