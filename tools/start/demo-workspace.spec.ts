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

  it('holds a small customer base with purchase histories, loaded once and starting no journey', async () => {
    expect(lines.filter((line) => line.startsWith('Loaded 500 demo contacts with'))).toHaveLength(1);
    const [counts] = await db.dataSource.query(
      `SELECT (SELECT count(*) FROM contacts)::int AS contacts,
              (SELECT count(DISTINCT contact_id) FROM contact_events WHERE name = 'purchase')::int AS buyers,
              (SELECT count(*) FROM event_outbox)::int AS outbox`);
    expect(counts.contacts).toBe(500);
    expect(counts.buyers).toBeGreaterThan(350);
    expect(counts.outbox).toBe(0);
  });

  it('holds lifecycle, RFM and rule segments filled from the customers, which the reactivation journey starts from', async () => {
    const key = lines.join('\n').match(/csk_\S+/)![0];
    const auth = { Authorization: `Bearer ${key}` };
    const segments = (await request(app.getHttpServer()).get('/api/v1/segments').set(auth).expect(200)).body as { id: string; name: string; members: number }[];
    const members = Object.fromEntries(segments.map((segment) => [segment.name, segment.members]));
    const stages = ['New customers', 'Active customers', 'Sleeping customers', 'Churned customers'];
    for (const stage of stages) expect(members[stage]).toBeGreaterThan(0);
    const buyers = (await db.dataSource.query(`SELECT count(DISTINCT contact_id)::int AS n FROM contact_events WHERE name = 'purchase'`))[0].n;
    expect(stages.reduce((sum, stage) => sum + members[stage], 0)).toBe(buyers);
    expect(members.Champions).toBeGreaterThan(0);
    const journeys = (await request(app.getHttpServer()).get('/api/v1/journeys').set(auth).expect(200)).body as { id: string; name: string }[];
    const reactivation = journeys.find((journey) => journey.name.startsWith('Reactivation'))!;
    const journey = (await request(app.getHttpServer()).get(`/api/v1/journeys/${reactivation.id}`).set(auth).expect(200)).body;
    const sleeping = segments.find((segment) => segment.name === 'Sleeping customers')!;
    expect(journey.draft.nodes[0].config).toMatchObject({ kind: 'segment_entry', segmentId: sleeping.id });
    // Filling the segments for the first time starts nobody's journey.
    expect((await db.dataSource.query(`SELECT count(*)::int AS n FROM event_outbox`))[0].n).toBe(0);
  });
});
