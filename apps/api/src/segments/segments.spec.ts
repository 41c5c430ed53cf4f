import { createHash } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { TestDatabase } from '@cascade/testing';
import { workspaceClient, type WorkspaceClient } from '../journeys/journeys.test-helpers';
import { startTestApp } from '../test-app.test-helpers';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('segments API: /api/v1/segments', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let stop: () => Promise<void>;
  let acme: WorkspaceClient;
  let globex: WorkspaceClient;

  beforeAll(async () => {
    ({ db, app, stop } = await startTestApp());
    acme = await workspaceClient(app, db.dataSource, 'acme');
    globex = await workspaceClient(app, db.dataSource, 'globex');
    const people = [
      { externalId: 'anna', email: 'Anna@Example.com', phone: '+79001234567', attributes: { city: 'Kazan' } },
      { externalId: 'boris', email: 'boris@example.com', phone: '+79007654321', attributes: { city: 'Moscow' } },
      { externalId: 'vera', email: 'vera@example.com', attributes: { city: 'Kazan', note: '=HYPERLINK("x")' } },
      { externalId: 'gleb', attributes: { city: 'Kazan' } },
    ];
    for (const person of people) await acme.post('/api/v1/contacts', person).expect(201);
    const orders: [string, number, number][] = [
      ['anna', 2, 9_000], ['anna', 30, 8_000], ['anna', 60, 7_000], ['boris', 5, 40_000], ['vera', 200, 1_000], ['vera', 230, 900],
    ];
    await acme.post('/api/v1/events', {
      events: orders.map(([externalId, days, amount]) => ({ externalId, name: 'purchase', occurredAt: daysAgo(days), properties: { amount } })),
    }).expect(202);
  });
  afterAll(() => stop());

  const kazan = { kind: 'rule', condition: { attribute: 'city', op: 'eq', value: 'Kazan' } };

  it('creates a rule segment with its members computed at once, pages them and reads, renames, deletes it', async () => {
    const preview = await acme.post('/api/v1/segments/preview', kazan).expect(200);
    expect(preview.body).toMatchObject({ count: 3 });
    expect(preview.body.sample.map((member: { externalId: string }) => member.externalId).sort()).toEqual(['anna', 'gleb', 'vera']);

    const created = (await acme.post('/api/v1/segments', { name: 'Kazan', description: 'Lives in Kazan', ...kazan }).expect(201)).body;
    expect(created).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/), name: 'Kazan', description: 'Lives in Kazan', kind: 'rule',
      definition: { condition: kazan.condition }, members: 3, refreshedAt: expect.any(String), createdAt: expect.any(String), updatedAt: expect.any(String),
    });
    const first = (await acme.get(`/api/v1/segments/${created.id}/members?limit=2`).expect(200)).body;
    const second = (await acme.get(`/api/v1/segments/${created.id}/members?limit=2&cursor=${first.nextCursor}`).expect(200)).body;
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((member: { externalId: string }) => member.externalId).sort()).toEqual(['anna', 'gleb', 'vera']);

    await acme.put(`/api/v1/segments/${created.id}`, { name: 'Kazan residents' }).expect(200);
    expect((await acme.get('/api/v1/segments').expect(200)).body.map((segment: { name: string }) => segment.name)).toEqual(['Kazan residents']);
    await globex.get(`/api/v1/segments/${created.id}`).expect(404);
    await acme.delete(`/api/v1/segments/${created.id}`).expect(204);
    await acme.get(`/api/v1/segments/${created.id}`).expect(404);
  });

  it('exports members as CSV, plain or with SHA-256 of the normalised email and phone', async () => {
    const { id } = (await acme.post('/api/v1/segments', { name: 'Kazan export', ...kazan }).expect(201)).body;
    const plain = await acme.get(`/api/v1/segments/${id}/members.csv`).expect(200);
    expect(plain.headers['content-type']).toContain('text/csv');
    const lines = plain.text.trim().split('\r\n');
    expect(lines[0]).toBe('contact_id,external_id,email,phone,entered_at');
    expect(lines).toHaveLength(4);
    expect(plain.text).toContain(',anna,Anna@Example.com,+79001234567,');

    const hashed = (await acme.get(`/api/v1/segments/${id}/members.csv?hashed=true`).expect(200)).text;
    expect(hashed.split('\r\n')[0]).toBe('contact_id,external_id,email_sha256,phone_sha256,entered_at');
    expect(hashed).toContain(`,anna,${sha256('anna@example.com')},${sha256('+79001234567')},`);
    expect(hashed).toContain(`,gleb,,,`);
    expect(hashed).not.toContain('example.com');
  });

  it('refuses a bad definition with 400 naming the field, and saves nothing', async () => {
    const refuse = async (body: object, path: string) => {
      const response = await acme.post('/api/v1/segments', { name: 'Bad', ...body }).expect(400);
      expect(response.body.details).toEqual([expect.objectContaining({ path })]);
    };
    await refuse({ kind: 'rule', condition: { attribute: 'city', op: 'like', value: 'x' } }, 'condition');
    await refuse({ kind: 'rfm', codes: ['6-1-1'] }, 'codes[0]');
    await refuse({ kind: 'rfm', cells: ['royalty'] }, 'cells[0]');
    await refuse({ kind: 'lifecycle', stages: ['asleep'] }, 'stages[0]');
    await refuse({ kind: 'cluster' }, 'kind');
    let deep: object = { attribute: 'city', op: 'eq', value: 'x' };
    for (let i = 0; i < 50; i++) deep = { not: deep };
    await refuse({ kind: 'rule', condition: deep }, 'condition');
    expect((await acme.get('/api/v1/segments').expect(200)).body.filter((s: { name: string }) => s.name === 'Bad')).toEqual([]);
  });

  it('refuses SQL in attribute names and treats it in values as data: nothing is executed', async () => {
    const attacks = [
      { attribute: 'city', op: 'eq', value: "Kazan'; DROP TABLE contacts; --" },
      { attribute: "city' OR '1'='1", op: 'exists' },
      { attribute: 'city', op: 'in', value: ["x') OR 1=1 --", 'Kazan'] },
      { event: "purchase'; DELETE FROM contact_events; --", within: 'P30D' },
    ];
    const answers = [];
    for (const condition of attacks) {
      const response = await acme.post('/api/v1/segments/preview', { kind: 'rule', condition });
      answers.push(response.status === 200 ? response.body.count : `${response.status} ${response.body.details?.[0]?.path}`);
    }
    // Attribute names are a closed pattern (refused); values are parameters (inert).
    expect(answers).toEqual([0, '400 condition', 3, 0]);
    const [{ contacts }] = await db.dataSource.query(`SELECT count(*)::int AS contacts FROM contacts`);
    const [{ events }] = await db.dataSource.query(`SELECT count(*)::int AS events FROM contact_events`);
    expect({ contacts, events }).toEqual({ contacts: 4, events: 6 });
  });

  it('refuses unknown inSegment references (422), cycles (400), a taken name (409) and deleting a segment in use (409)', async () => {
    const unknown = await acme.post('/api/v1/segments', { name: 'Ghost', kind: 'rule', condition: { inSegment: '00000000-0000-4000-8000-000000000000' } }).expect(422);
    expect(unknown.body.details).toEqual([expect.objectContaining({ path: 'condition', code: 'segment_reference_unknown' })]);
    const a = (await acme.post('/api/v1/segments', { name: 'A', ...kazan }).expect(201)).body;
    const b = (await acme.post('/api/v1/segments', { name: 'B', kind: 'rule', condition: { inSegment: a.id } }).expect(201)).body;
    const cycle = await acme.put(`/api/v1/segments/${a.id}`, { condition: { inSegment: b.id } }).expect(400);
    expect(cycle.body.message).toContain('cycle');
    await acme.post('/api/v1/segments', { name: 'a', ...kazan }).expect(409);
    const inUse = await acme.delete(`/api/v1/segments/${a.id}`).expect(409);
    expect(inUse.body.message).toContain('segment "B"');
    const journey = (await acme.post('/api/v1/journeys', {
      name: 'Welcome to B',
      graph: { nodes: [{ id: 'start', type: 'trigger', config: { kind: 'segment_entry', segmentId: b.id } }, { id: 'done', type: 'exit' }], edges: [{ from: 'start', to: 'done' }] },
    }).expect(201)).body;
    expect((await acme.delete(`/api/v1/segments/${b.id}`).expect(409)).body.message).toContain(journey.id);
    // The same id in upper case is the same segment, still in use.
    await acme.delete(`/api/v1/segments/${b.id.toUpperCase()}`).expect(409);
    // Segment events are Cascade's own: a client cannot forge an entry to start the journey.
    const forged = await acme.post('/api/v1/events', { externalId: 'anna', name: 'segment_entered', properties: { segmentId: b.id } }).expect(400);
    expect(forged.body.details).toEqual([expect.objectContaining({ path: 'name', message: expect.stringContaining('reserved') })]);
  });

  it('scores RFM and lifecycle on refresh and clusters customers into described segments', async () => {
    await acme.post('/api/v1/segments/refresh').expect(200);
    const active = (await acme.post('/api/v1/segments', { name: 'Active', kind: 'lifecycle', stages: ['active', 'new'] }).expect(201)).body;
    expect(active.members).toBe(2); // anna (monthly, bought 2 days ago), boris (new); vera went quiet 200 days ago
    const clusters = (await acme.post('/api/v1/segments/clusters', { k: 2, seed: 7 }).expect(201)).body;
    expect(clusters).toHaveLength(2);
    expect(clusters.map((cluster: { members: number }) => cluster.members).reduce((a: number, b: number) => a + b)).toBe(3);
    for (const cluster of clusters) {
      expect(cluster).toMatchObject({ kind: 'cluster', name: expect.stringMatching(/^Cluster \d: /), description: expect.stringMatching(/^Bought /) });
      expect(cluster.definition).toMatchObject({ k: 2, seed: 7, label: expect.any(String), typical: expect.any(Object) });
    }
    const again = await globex.post('/api/v1/segments/clusters', { k: 2 }).expect(422);
    expect(again.body.details).toEqual([expect.objectContaining({ code: 'segments_not_scored' })]);
  });
});
