import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApp } from '@cascade/api';
import { loadConfig } from '@cascade/config';
import { createWorkspace } from '@cascade/db';
import { ImportProcessor } from '@cascade/engine';
import { createTestDatabase, TEST_SECRET_KEY, testTemporal, waitFor, type TestDatabase } from '@cascade/testing';

// CSV imports of contacts and purchases: stored by the API, imported chunk by chunk by the worker.
describe('CSV imports', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let auth: { Authorization: string };
  let workspaceId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createApp(loadConfig({ DATABASE_URL: db.url, TEMPORAL_ADDRESS: testTemporal().address, LOG_LEVEL: 'error', CASCADE_SECRET_KEY: TEST_SECRET_KEY }));
    await app.init();
    const created = await createWorkspace(db.dataSource, 'shop');
    workspaceId = created.workspaceId;
    auth = { Authorization: `Bearer ${created.apiKey}` };
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  const upload = (csv: string, kind = 'contacts') =>
    request(app.getHttpServer()).post(`/api/v1/contacts/import?kind=${kind}`).set(auth).set('Content-Type', 'text/csv').send(csv);
  const progress = (id: string) => request(app.getHttpServer()).get(`/api/v1/imports/${id}`).set(auth).expect(200).then((r) => r.body);
  const untilDone = (id: string) => waitFor(async () => { const p = await progress(id); return p.status === 'done' ? p : undefined; });
  const count = async (sql: string, params: unknown[] = []) => (await db.dataSource.query(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n as number;
  const run = async (processor: ImportProcessor) => {
    await processor.start();
    return processor;
  };

  it('imports contacts with progress, reports refused rows by line, and a re-import changes nothing', async () => {
    const lines = ['externalId,email,timezone,city'];
    for (let i = 0; i < 1_200; i++) lines.push(`c${i},c${i}@example.com,Europe/Moscow,Kazan`);
    lines[101] = 'c100,not-an-email,Europe/Moscow,Kazan';
    lines[501] = ',nobody@example.com,,';
    const csv = lines.join('\n');
    const created = (await upload(csv).expect(201)).body;
    expect(created).toMatchObject({ kind: 'contacts', status: 'queued', total: 1_200, processed: 0 });
    const processor = await run(new ImportProcessor({ dataSource: db.dataSource, databaseUrl: db.url, chunkSize: 500, pollMs: 100 }));
    try {
      const done = await untilDone(created.id);
      expect(done).toMatchObject({ status: 'done', total: 1_200, processed: 1_200, failed: 2 });
      expect(done.errors).toEqual([
        { line: 102, message: 'email "not-an-email" is not an email address' },
        { line: 502, message: 'externalId is required (at most 200 characters)' },
      ]);
      expect(await count(`contacts WHERE workspace_id = $1 AND attributes->>'city' = 'Kazan'`, [workspaceId])).toBe(1_198);
      await untilDone((await upload(csv).expect(201)).body.id);
      expect(await count(`contacts WHERE workspace_id = $1`, [workspaceId])).toBe(1_198);
    } finally {
      await processor.stop();
    }
  });

  it('imports purchases as purchase events, once per order, routed through the outbox', async () => {
    const csv = [
      'externalId,amount,currency,occurredAt,orderId,category',
      'p1,4990,RUB,2026-03-01T10:00:00Z,o-1,mattress',
      'p1,990,RUB,2026-03-05T10:00:00Z,o-2,cover',
      'p2,abc,RUB,2026-03-05T10:00:00Z,o-3,pillow',
      'p2,1500,RUB,2026-03-06T10:00:00Z,o-4,pillow',
    ].join('\n');
    const processor = await run(new ImportProcessor({ dataSource: db.dataSource, databaseUrl: db.url, pollMs: 100 }));
    try {
      const first = await untilDone((await upload(csv, 'purchases').expect(201)).body.id);
      expect(first).toMatchObject({ processed: 4, failed: 1, errors: [{ line: 4, message: 'amount "abc" is not a number ≥ 0' }] });
      await untilDone((await upload(csv, 'purchases').expect(201)).body.id);
    } finally {
      await processor.stop();
    }
    const events = await db.dataSource.query(`SELECT properties FROM contact_events WHERE workspace_id = $1 AND name = 'purchase' ORDER BY occurred_at`, [workspaceId]);
    expect(events.map((e: { properties: { amount: number; category: string } }) => `${e.properties.category}:${e.properties.amount}`)).toEqual([
      'mattress:4990', 'cover:990', 'pillow:1500',
    ]);
    expect(await count(`event_outbox`)).toBe(3);
  });

  it('resumes an interrupted import where it stopped, importing no row twice', async () => {
    const csv = ['externalId,tags', ...Array.from({ length: 1_000 }, (_, i) => `r${i},imported`)].join('\n');
    const { id } = (await upload(csv).expect(201)).body;
    await new ImportProcessor({ dataSource: db.dataSource, databaseUrl: db.url, chunkSize: 300 }).processChunk(); // then "killed"
    expect(await progress(id)).toMatchObject({ status: 'running', processed: 300 });
    const processor = await run(new ImportProcessor({ dataSource: db.dataSource, databaseUrl: db.url, chunkSize: 300, pollMs: 100 }));
    try {
      expect(await untilDone(id)).toMatchObject({ processed: 1_000, failed: 0 });
    } finally {
      await processor.stop();
    }
    expect(await count(`contacts WHERE workspace_id = $1 AND external_id LIKE 'r%'`, [workspaceId])).toBe(1_000);
    expect(await count(`contacts WHERE workspace_id = $1 AND tags = ARRAY['imported']`, [workspaceId])).toBe(1_000);
  });

  it('refuses a file without the required columns or without CSV, and stores nothing', async () => {
    const before = await count('imports');
    const missing = await upload('email\nx@example.com').expect(400);
    expect(missing.body.details).toEqual([{ path: 'header.externalId', code: 'missing_column', message: 'a contacts file needs a "externalId" column' }]);
    const purchases = await upload('externalId\np1', 'purchases').expect(400);
    expect(purchases.body.details.map((d: { path: string }) => d.path)).toEqual(['header.amount', 'header.occurredAt']);
    await request(app.getHttpServer()).post('/api/v1/contacts/import').set(auth).send({ externalId: 'json' }).expect(415); // JSON where a CSV file is due
    await request(app.getHttpServer()).post('/api/v1/contacts/import?kind=orders').set(auth).set('Content-Type', 'text/csv').send('externalId\nx').expect(400);
    await request(app.getHttpServer()).post('/api/v1/contacts/import').set('Content-Type', 'text/csv').send('externalId\nx').expect(401);
    expect(await count('imports')).toBe(before);
  });
});
