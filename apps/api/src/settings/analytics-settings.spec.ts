import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { refreshWorkspaceSegments } from '@cascade/engine';
import { DEFAULT_LIFECYCLE_SETTINGS, DEFAULT_RFM_CELLS_5 } from '@cascade/segments';
import type { TestDatabase } from '@cascade/testing';
import { workspaceClient, type WorkspaceClient } from '../journeys/journeys.test-helpers';
import { startTestApp } from '../test-app.test-helpers';

const NOW = '2026-03-01T00:00:00Z';
const DEFAULTS = {
  purchaseEvent: 'purchase',
  amountProperty: 'amount',
  rfm: { period: 'P1Y', levels: 5, cells: DEFAULT_RFM_CELLS_5 },
  lifecycle: DEFAULT_LIFECYCLE_SETTINGS,
};

describe('analytics settings: /api/v1/settings/analytics', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let stop: () => Promise<void>;
  let acme: WorkspaceClient;
  const path = '/api/v1/settings/analytics';

  const rfmSegment = (name: string, definition: object) => db.dataSource.query(
    `INSERT INTO segments (workspace_id, name, kind, definition) VALUES ($1, $2, 'rfm', $3) RETURNING id`,
    [acme.workspaceId, name, JSON.stringify(definition)],
  ).then(([row]: { id: string }[]) => row.id);

  beforeAll(async () => {
    ({ db, app, stop } = await startTestApp());
    acme = await workspaceClient(app, db.dataSource, 'acme');
  });
  afterAll(() => stop());

  it('answers the defaults until set', async () => {
    expect((await acme.get(path).expect(200)).body).toEqual(DEFAULTS);
  });

  it.each([
    [{ rfm: { levels: 4 } }, 'rfm.levels'],
    [{ rfm: { cells: [{ name: 'best', r: [1, 6], f: [1, 1] }] } }, 'rfm.cells'],
    [{ rfm: { period: 'a year' } }, 'rfm.period'],
    [{ purchaseEvent: '' }, 'purchaseEvent'],
    [{ lifecycle: { sleepingFactor: 3, churnedFactor: 2 } }, 'lifecycle'],
    [{ currency: 'EUR' }, 'currency'],
  ])('refuses %j naming %s, and keeps the settings', async (body, field) => {
    const refused = await acme.put(path, body).expect(400);
    expect(refused.body.details).toEqual([{ path: field, code: 'analytics_settings_invalid', message: expect.any(String) }]);
    expect((await acme.get(path).expect(200)).body).toEqual(DEFAULTS);
  });

  it('round-trips a custom cell mapping, which names the RFM grid at once, for this workspace only', async () => {
    await acme.post('/api/v1/events', {
      events: [['A', '2026-02-20T00:00:00Z'], ['B', '2025-06-01T00:00:00Z']]
        .map(([externalId, occurredAt]) => ({ externalId, name: 'purchase', occurredAt, properties: { amount: 10 } })),
    }).expect(202);
    await refreshWorkspaceSegments(db.dataSource, { workspaceId: acme.workspaceId, now: NOW });
    // Two customers on 5 levels: A scores R1 F1 (champions), B R3 F1 (loyal): level = 1 + floor(rank × 5 / 2), equal frequencies tie at 1
    const named = async () => (await acme.get('/api/v1/analytics/rfm').expect(200)).body.named
      .filter((cell: { contacts: number }) => cell.contacts > 0);
    expect(await named()).toEqual([{ name: 'champions', contacts: 1, revenue: 10 }, { name: 'loyal', contacts: 1, revenue: 10 }]);

    const custom = { rfm: { cells: [{ name: 'recent', r: [1, 2], f: [1, 5] }, { name: 'fading', r: [3, 5], f: [1, 2] }] } };
    const saved = (await acme.put(path, custom).expect(200)).body;
    expect(saved).toEqual({ ...DEFAULTS, rfm: { ...DEFAULTS.rfm, cells: custom.rfm.cells } });
    expect((await acme.get(path).expect(200)).body).toEqual(saved);
    expect(await named()).toEqual([{ name: 'recent', contacts: 1, revenue: 10 }, { name: 'fading', contacts: 1, revenue: 10 }]);
    const grid = (await acme.get('/api/v1/analytics/rfm').expect(200)).body;
    expect(grid.cells.find((cell: { r: number; f: number }) => cell.r === 5 && cell.f === 5)).toEqual({ r: 5, f: 5, name: null, contacts: 0, revenue: 0 });

    const other = await workspaceClient(app, db.dataSource, 'other');
    expect((await other.get(path).expect(200)).body).toEqual(DEFAULTS);
    expect((await other.get('/api/v1/analytics/rfm').expect(200)).body.total).toEqual({ contacts: 0, revenue: 0 });
  });

  it('refuses with 422 a change that would invalidate an RFM segment, naming it and the setting at fault', async () => {
    await acme.put(path, {}).expect(200);
    const worst = await rfmSegment('Worst customers', { codes: ['5-5-5'], cells: [] });
    const refused = await acme.put(path, { rfm: { levels: 3 } }).expect(422);
    expect(refused.body).toMatchObject({ statusCode: 422, message: expect.stringContaining('"Worst customers"') });
    expect(refused.body.details).toEqual([{
      path: 'rfm.levels', code: 'analytics_settings_break_segments', message: expect.stringContaining(`segment "Worst customers" (${worst}): codes[0] "5-5-5"`),
    }]);

    await db.dataSource.query(`DELETE FROM segments WHERE id = $1`, [worst]);
    await rfmSegment('Champions', { codes: [], cells: ['champions'] });
    const renamed = await acme.put(path, { rfm: { cells: [{ name: 'best', r: [1, 2], f: [1, 2] }] } }).expect(422);
    expect(renamed.body.details).toEqual([expect.objectContaining({ path: 'rfm.cells', message: expect.stringContaining('"champions"') })]);
    expect((await acme.get(path).expect(200)).body).toEqual(DEFAULTS);

    // 3 levels keep a cell named champions: allowed
    expect((await acme.put(path, { rfm: { levels: 3 } }).expect(200)).body.rfm.levels).toBe(3);
  });

  it('reads purchases by the configured event and amount property', async () => {
    await acme.put(path, { purchaseEvent: 'order_completed', amountProperty: 'total' }).expect(200);
    await acme.post('/api/v1/events', { externalId: 'C', name: 'order_completed', occurredAt: '2026-02-10T00:00:00Z', properties: { total: '12.5', amount: 99 } }).expect(202);
    const metrics = (await acme.get('/api/v1/analytics/metrics?from=2026-02-01T00:00:00Z&to=2026-03-01T00:00:00Z').expect(200)).body;
    // Only C's order counts: A's February purchase is a `purchase` event, not an order_completed one
    expect(metrics).toMatchObject({ orders: 1, revenue: 12.5, customers: 1 });
  });

  it('answers 401 without a key', async () => {
    await request(app.getHttpServer()).get(path).expect(401);
    await request(app.getHttpServer()).put(path).send({}).expect(401);
  });
});
