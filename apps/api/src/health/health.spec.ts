import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { loadConfig } from '@cascade/config';
import { dropDatabase } from '@cascade/db';
import { createTestDatabase, TEST_SECRET_KEY, testTemporal, type TestDatabase } from '@cascade/testing';
import { createApp } from '../create-app';

describe('GET /health', () => {
  let db: TestDatabase;
  let app: INestApplication | undefined;

  beforeEach(async () => (db = await createTestDatabase()));
  afterEach(async () => {
    await app?.close();
    await db.drop();
  });

  async function start(temporalAddress: string) {
    app = await createApp(loadConfig({ DATABASE_URL: db.url, TEMPORAL_ADDRESS: temporalAddress, LOG_LEVEL: 'error', CASCADE_SECRET_KEY: TEST_SECRET_KEY }));
    await app.init();
    return app;
  }

  it('answers 503 naming Temporal when Temporal is down', async () => {
    const server = (await start('127.0.0.1:1')).getHttpServer();
    const response = await request(server).get('/health').expect(503);
    expect(response.body).toEqual({ status: 'degraded', postgres: 'up', temporal: 'down' });
  });

  it('answers 503 naming Postgres when its database goes away', async () => {
    const server = (await start(testTemporal().address)).getHttpServer();
    await request(server).get('/health').expect(200);
    await dropDatabase(db.url);
    const response = await request(server).get('/health').expect(503);
    expect(response.body).toEqual({ status: 'degraded', postgres: 'down', temporal: 'up' });
  });
});
