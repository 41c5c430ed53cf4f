import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { loadConfig } from '@cascade/config';
import { createWorkspace } from '@cascade/db';
import { createTestDatabase, seedContact, TEST_SECRET_KEY, testTemporal, type TestDatabase } from '@cascade/testing';
import { createApp } from '../create-app';

describe('contacts API: search', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let auth: string;
  let workspaceId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createApp(loadConfig({ DATABASE_URL: db.url, TEMPORAL_ADDRESS: testTemporal().address, LOG_LEVEL: 'error', CASCADE_SECRET_KEY: TEST_SECRET_KEY }));
    await app.init();
    const workspace = await createWorkspace(db.dataSource, 'acme');
    auth = `Bearer ${workspace.apiKey}`;
    workspaceId = workspace.workspaceId;
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const search = (query: Record<string, string | number>, key = auth) =>
    request(app.getHttpServer()).get('/api/v1/contacts').query(query).set('Authorization', key);

  it('pages through 120 matches in creation order: three pages, none repeated, none missing', async () => {
    // Half through the API (distinct microsecond times), half in one statement (all the same time: ties on id).
    for (let i = 0; i < 60; i += 1) await request(app.getHttpServer()).post('/api/v1/contacts').set('Authorization', auth).send({ email: `page${i}@Paging.test` }).expect(201);
    await db.dataSource.query(
      `INSERT INTO contacts (workspace_id, email) SELECT $1, 'page' || n || '@paging.test' FROM generate_series(60, 119) AS n`, [workspaceId],
    );
    await seedContact(db.dataSource, { email: 'someone@else.test', externalId: 'not-paged' }, workspaceId);
    const other = await createWorkspace(db.dataSource, 'globex');
    await seedContact(db.dataSource, { email: 'intruder@paging.test' }, other.workspaceId);

    const pages: Array<{ items: Array<{ id: string; email: string }>; nextCursor: string | null }> = [];
    let cursor: string | null = null;
    do {
      const response: request.Response = await search(cursor ? { query: 'PAGING.test', limit: 50, cursor } : { query: 'PAGING.test', limit: 50 }).expect(200);
      pages.push(response.body);
      cursor = response.body.nextCursor;
    } while (cursor && pages.length < 10);

    expect(pages.map((page) => page.items.length)).toEqual([50, 50, 20]);
    const emails = pages.flatMap((page) => page.items.map((item) => item.email.toLowerCase()));
    expect(new Set(emails).size).toBe(120);
    expect(emails.slice(0, 60)).toEqual(Array.from({ length: 60 }, (_, i) => `page${i}@paging.test`));
    expect([...emails].sort()).toEqual(Array.from({ length: 120 }, (_, i) => `page${i}@paging.test`).sort());
  });

  it('matches email, externalId or phone anywhere, case-insensitively; defaults to 50 per page', async () => {
    await seedContact(db.dataSource, { email: null, phone: '+79995550101', externalId: 'CRM-Alpha' }, workspaceId);
    expect((await search({ query: 'crm-al' }).expect(200)).body.items.map((c: { externalId: string }) => c.externalId)).toEqual(['CRM-Alpha']);
    expect((await search({ query: '5550101' }).expect(200)).body.items).toHaveLength(1);
    const all = await search({}).expect(200);
    expect(all.body.items).toHaveLength(50);
    expect(all.body.nextCursor).toEqual(expect.any(String));
  });

  it('takes % and _ literally', async () => {
    expect((await search({ query: '%' }).expect(200)).body).toEqual({ items: [], nextCursor: null });
    expect((await search({ query: '_' }).expect(200)).body.items).toEqual([]);
    await seedContact(db.dataSource, { email: '100%_real@odd.test', phone: null }, workspaceId);
    const percent = await search({ query: '%' }).expect(200);
    expect(percent.body.items.map((c: { email: string }) => c.email)).toEqual(['100%_real@odd.test']);
    expect((await search({ query: '0%_r' }).expect(200)).body.items).toHaveLength(1);
    expect((await search({ query: '0__r' }).expect(200)).body.items).toHaveLength(0);
  });

  it('answers 400 for a bad limit or cursor', async () => {
    for (const [query, path] of [[{ limit: 0 }, 'limit'], [{ limit: 101 }, 'limit'], [{ limit: 'ten' }, 'limit'], [{ cursor: 'garbage' }, 'cursor'],
      [{ cursor: Buffer.from('["yesterday","x"]').toString('base64url') }, 'cursor'], [{ page: 2 }, 'page']] as const) {
      const response = await search(query).expect(400);
      expect(response.body.details).toEqual([expect.objectContaining({ path })]);
    }
  });
});
