import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { loadConfig } from '@cascade/config';
import { createWorkspace } from '@cascade/db';
import { createTestDatabase, TEST_SECRET_KEY, testTemporal, type TestDatabase } from '@cascade/testing';
import { createApp } from '../create-app';

describe('contacts API: create, upsert, get, update', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let auth: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createApp(loadConfig({ DATABASE_URL: db.url, TEMPORAL_ADDRESS: testTemporal().address, LOG_LEVEL: 'error', CASCADE_SECRET_KEY: TEST_SECRET_KEY }));
    await app.init();
    auth = `Bearer ${(await createWorkspace(db.dataSource, 'acme')).apiKey}`;
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const api = (key = auth) => ({
    post: (body: object) => request(app.getHttpServer()).post('/api/v1/contacts').set('Authorization', key).send(body),
    get: (id: string) => request(app.getHttpServer()).get(`/api/v1/contacts/${id}`).set('Authorization', key),
    patch: (id: string, body: object) => request(app.getHttpServer()).patch(`/api/v1/contacts/${id}`).set('Authorization', key).send(body),
  });
  const countOf = async (externalId: string) =>
    (await db.dataSource.query(`SELECT count(*)::int AS n FROM contacts WHERE external_id = $1`, [externalId]))[0].n;

  it('creates a contact and returns it whole', async () => {
    const response = await api().post({
      email: 'anna@example.com', phone: '+79991234567', telegramChatId: '4242', timezone: 'europe/moscow',
      attributes: { plan: 'pro', seats: 3, address: { city: 'Kazan' } }, subscriptions: { email: true, sms: false }, tags: ['vip'],
    }).expect(201);
    expect(response.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/), externalId: null, email: 'anna@example.com', phone: '+79991234567',
      telegramChatId: '4242', timezone: 'Europe/Moscow', attributes: { plan: 'pro', seats: 3, address: { city: 'Kazan' } },
      subscriptions: { email: true, sms: false }, tags: ['vip'], createdAt: expect.any(String), updatedAt: expect.any(String),
    });
    await api().get(response.body.id).expect(200, response.body);
  });

  it('upserts by externalId: 201 then 200 with the same id, fields given replace and attributes merge', async () => {
    const first = await api().post({ externalId: 'u-1', email: 'old@example.com', attributes: { plan: 'free', seats: 1 } }).expect(201);
    const second = await api().post({ externalId: 'u-1', phone: '+4915112345678', attributes: { plan: 'pro', seats: null } }).expect(200);
    expect(second.body).toMatchObject({
      id: first.body.id, externalId: 'u-1', email: 'old@example.com', phone: '+4915112345678', attributes: { plan: 'pro' },
    });
    expect(await countOf('u-1')).toBe(1);
  });

  it('keeps one contact when ten identical upserts race', async () => {
    const responses = await Promise.all(Array.from({ length: 10 }, () => api().post({ externalId: 'racer', email: 'r@example.com' })));
    expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(responses.map((response) => response.body.id)).size).toBe(1);
    expect(await countOf('racer')).toBe(1);
  });

  it('patches: attributes merge key by key, null removes a key, subscriptions merge, null clears an address', async () => {
    const { body: created } = await api().post({
      email: 'p@example.com', phone: '+10000000000', attributes: { a: 1, b: { deep: true }, c: 'keep' }, subscriptions: { email: true, sms: true },
    }).expect(201);
    const { body: patched } = await api().patch(created.id, {
      phone: null, attributes: { a: 2, b: null, d: [1, 2] }, subscriptions: { sms: false }, tags: ['x', 'y'],
    }).expect(200);
    expect(patched).toMatchObject({
      id: created.id, email: 'p@example.com', phone: null, attributes: { a: 2, c: 'keep', d: [1, 2] },
      subscriptions: { email: true, sms: false }, tags: ['x', 'y'], createdAt: created.createdAt,
    });
    expect(Object.keys(patched.attributes).sort()).toEqual(['a', 'c', 'd']);
    expect(Date.parse(patched.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.updatedAt));
    await api().get(created.id).expect(200, patched);
  });

  it('answers 409 when a patch takes another contact\'s externalId, and changes nothing', async () => {
    await api().post({ externalId: 'taken' }).expect(201);
    const { body: other } = await api().post({ externalId: 'mine', email: 'm@example.com' }).expect(201);
    const response = await api().patch(other.id, { externalId: 'taken', email: 'new@example.com' }).expect(409);
    expect(response.body.details).toEqual([expect.objectContaining({ path: 'externalId', code: 'external_id_taken' })]);
    await api().get(other.id).expect(200, other);
  });

  it('answers 400 naming the field for bad input, and stores nothing', async () => {
    const cases: Array<[object, string, string]> = [
      [{ email: 'not-an-email' }, 'email', 'isEmail'],
      [{ timezone: 'Mars/Olympus' }, 'timezone', 'isTimeZone'],
      [{ nickname: 'x' }, 'nickname', 'unknown_field'],
      [{ phone: '12-34' }, 'phone', 'matches'],
      [{ externalId: 'x'.repeat(201) }, 'externalId', 'maxLength'],
      [{ attributes: [1] }, 'attributes', 'isJsonObject'],
      [{ attributes: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, i])) }, 'attributes', 'isJsonObject'],
      [{ attributes: null }, 'attributes', 'isJsonObject'],
      [{ subscriptions: { email: 'yes' } }, 'subscriptions', 'isJsonObject'],
      [{ tags: ['ok', 7] }, 'tags', 'isString'],
    ];
    const before = (await db.dataSource.query(`SELECT count(*)::int AS n FROM contacts`))[0].n;
    for (const [body, path, code] of cases) {
      const response = await api().post(body).expect(400);
      expect({ body, status: response.body.statusCode, details: response.body.details }).toEqual({
        body, status: 400, details: [expect.objectContaining({ path, code, message: expect.stringContaining(path) })],
      });
    }
    const { body: contact } = await api().post({ email: 'ok@example.com' }).expect(201);
    await api().patch(contact.id, { timezone: 'Mars/Olympus' }).expect(400);
    await api().get('not-a-uuid').expect(400);
    expect((await db.dataSource.query(`SELECT count(*)::int AS n FROM contacts`))[0].n).toBe(before + 1);
  });

  it('answers 401 without a valid key', async () => {
    await request(app.getHttpServer()).post('/api/v1/contacts').send({ email: 'a@example.com' }).expect(401);
    await request(app.getHttpServer()).get('/api/v1/contacts?query=a').expect(401);
    await api('Bearer nonsense').get('2b1c6f0e-8d0a-4c5e-9d55-6f1f1b1a1a1a').expect(401);
  });

  it('keeps workspaces apart: another workspace\'s contact is a 404, and its externalId is a different contact', async () => {
    const other = `Bearer ${(await createWorkspace(db.dataSource, 'globex')).apiKey}`;
    const { body: mine } = await api().post({ externalId: 'shared-id', email: 'mine@example.com' }).expect(201);
    const { body: theirs } = await api(other).post({ externalId: 'shared-id', email: 'theirs@example.com' }).expect(201);
    expect(theirs.id).not.toBe(mine.id);
    await api(other).get(mine.id).expect(404);
    await api(other).patch(mine.id, { email: 'stolen@example.com' }).expect(404);
    await request(app.getHttpServer()).delete(`/api/v1/contacts/${mine.id}`).set('Authorization', other).expect(404);
    await api().get(mine.id).expect(200, mine);
    await api().get('2b1c6f0e-8d0a-4c5e-9d55-6f1f1b1a1a1a').expect(404);
  });
});
