import request from 'supertest';
import type { INestApplication } from '@nestjs/common';
import { createApp } from '@cascade/api';
import { loadConfig } from '@cascade/config';
import { createTestDatabase, TEST_SECRET_KEY, testTemporal, type TestDatabase } from '@cascade/testing';
import { ensureDemoWorkspace } from './demo-workspace';

// What a newcomer gets from `npm start`: demo journeys that validate, with templates that render.
describe('the Demo workspace', () => {
  let db: TestDatabase;
  let app: INestApplication;
  const lines: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    await ensureDemoWorkspace(db.url, (line) => lines.push(line));
    app = await createApp(loadConfig({ DATABASE_URL: db.url, TEMPORAL_ADDRESS: testTemporal().address, LOG_LEVEL: 'error', CASCADE_SECRET_KEY: TEST_SECRET_KEY }));
    await app.init();
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('holds the five demo journeys as drafts with no problem, their templates included, and is created once', async () => {
    const key = lines.join('\n').match(/csk_\S+/)![0];
    const auth = { Authorization: `Bearer ${key}` };
    const journeys = (await request(app.getHttpServer()).get('/api/v1/journeys').set(auth).expect(200)).body as { id: string; name: string }[];
    expect(journeys).toHaveLength(5);
    for (const journey of journeys) {
      const validated = await request(app.getHttpServer()).post(`/api/v1/journeys/${journey.id}/validate`).set(auth).expect(200);
      expect({ name: journey.name, problems: validated.body.problems }).toEqual({ name: journey.name, problems: [] });
    }
    const templates = (await request(app.getHttpServer()).get('/api/v1/templates').set(auth).expect(200)).body;
    expect(templates).toHaveLength(13);

    await ensureDemoWorkspace(db.url, (line) => lines.push(line));
    expect(lines.filter((line) => line.startsWith('Created the Demo workspace'))).toHaveLength(1);
  });
});
