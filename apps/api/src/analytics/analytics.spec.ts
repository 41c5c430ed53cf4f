import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { refreshWorkspaceSegments } from '@cascade/engine';
import type { TestDatabase } from '@cascade/testing';
import { workspaceClient, type WorkspaceClient } from '../journeys/journeys.test-helpers';
import { startTestApp } from '../test-app.test-helpers';

const NOW = '2026-03-01T00:00:00Z';
const JAN_20 = '2026-01-20T00:00:00Z';

/*
 * Purchases of acme (amount in brackets), RFM on 3 levels over P1Y, lifecycle with the default settings:
 *
 *        purchases                                                  at NOW: recency  F  monetary  code   stage
 *   A    2025-10-01 (100), 12-01 (100), 2026-01-15 (100), 02-28 12:00 (100)     0   4   400    1-1-1  active (cadence 45 d, silent 0.5 d)
 *   B    2026-02-01 (50), 02-10 (50), 02-20 (50)                                9   3   150    1-1-2  new (first purchase 28 days ago)
 *   C    2025-11-01 (100), 2026-02-10 ("200.50", numeric text)                 19   2   300.50 2-2-2  active (cadence 101 d, silent 19 d)
 *   D    2026-01-05 (80)                                                       55   1    80    2-3-3  active (one purchase, silent 55 d ≤ 90)
 *   E    2025-06-01 (30), 08-01 (30)                                          212   2    60    3-2-3  sleeping (122 < 212 ≤ 244 = 4 × 61)
 *   F    2025-05-01 (1000)                                                    304   1  1000    3-3-1  sleeping (one purchase, 90 < 304 ≤ 365)
 *   G    2024-12-01 (500): before the RFM period, no score                                            churned (one purchase, 455 > 365)
 *   H    a page_view only                                                                              prospect
 *
 * Quantiles on 6 scored contacts, 3 levels: level = 1 + floor(rank × 3 / 6), ties share the best rank.
 *   R (lower better)  A0 B9 C19 D55 E212 F304  → ranks 0..5          → A1 B1 C2 D2 E3 F3
 *   F (higher better) A4 B3 C2 E2 D1 F1        → ranks 0 1 2 2 4 4   → A1 B1 C2 E2 D3 F3
 *   M (higher better) F1000 A400 C300.5 B150 D80 E60 → ranks 0..5    → F1 A1 C2 B2 D3 E3
 */
const PURCHASES: [string, string, unknown][] = [
  ['A', '2025-10-01T10:00:00Z', 100], ['A', '2025-12-01T10:00:00Z', 100], ['A', '2026-01-15T10:00:00Z', 100], ['A', '2026-02-28T12:00:00Z', 100],
  ['B', '2026-02-01T00:00:00Z', 50], ['B', '2026-02-10T10:00:00Z', 50], ['B', '2026-02-20T00:00:00Z', 50],
  ['C', '2025-11-01T10:00:00Z', 100], ['C', '2026-02-10T00:00:00Z', '200.50'],
  ['D', '2026-01-05T00:00:00Z', 80],
  ['E', '2025-06-01T00:00:00Z', 30], ['E', '2025-08-01T00:00:00Z', 30],
  ['F', '2025-05-01T00:00:00Z', 1000],
  ['G', '2024-12-01T00:00:00Z', 500],
];

describe('analytics API: /api/v1/analytics', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let stop: () => Promise<void>;
  let acme: WorkspaceClient;
  let globex: WorkspaceClient;
  const refresh = (client: WorkspaceClient, now: string) => refreshWorkspaceSegments(db.dataSource, { workspaceId: client.workspaceId, now });

  beforeAll(async () => {
    ({ db, app, stop } = await startTestApp());
    acme = await workspaceClient(app, db.dataSource, 'acme');
    globex = await workspaceClient(app, db.dataSource, 'globex');
    await acme.put('/api/v1/settings/analytics', { rfm: { levels: 3 } }).expect(200);
    await acme.post('/api/v1/events', {
      events: [
        ...PURCHASES.map(([externalId, occurredAt, amount]) => ({ externalId, name: 'purchase', occurredAt, properties: { amount } })),
        { externalId: 'H', name: 'page_view', occurredAt: '2026-02-20T10:00:00Z', properties: { amount: 5000 } },
      ],
    }).expect(202);
    // In order: a refresh never overwrites scores computed for a later instant.
    await refresh(acme, JAN_20);
    await refresh(acme, NOW);
  });
  afterAll(() => stop());

  it('answers the RFM grid with every cell, named cells in rule order and non-empty codes', async () => {
    const { body } = await acme.get('/api/v1/analytics/rfm').expect(200);
    expect(body).toMatchObject({ levels: 3, period: 'P1Y', refreshedAt: '2026-03-01T00:00:00.000Z' });
    // R×F, default 3-level names: R1 champions loyal new / R2 loyal potential_loyalists hibernating / R3 cant_lose at_risk lost
    expect(body.cells).toEqual([
      { r: 1, f: 1, name: 'champions', contacts: 2, revenue: 550 }, // A 400 + B 150
      { r: 1, f: 2, name: 'loyal', contacts: 0, revenue: 0 },
      { r: 1, f: 3, name: 'new', contacts: 0, revenue: 0 },
      { r: 2, f: 1, name: 'loyal', contacts: 0, revenue: 0 },
      { r: 2, f: 2, name: 'potential_loyalists', contacts: 1, revenue: 300.5 }, // C
      { r: 2, f: 3, name: 'hibernating', contacts: 1, revenue: 80 }, // D
      { r: 3, f: 1, name: 'cant_lose', contacts: 0, revenue: 0 },
      { r: 3, f: 2, name: 'at_risk', contacts: 1, revenue: 60 }, // E
      { r: 3, f: 3, name: 'lost', contacts: 1, revenue: 1000 }, // F
    ]);
    expect(body.named).toEqual([
      { name: 'champions', contacts: 2, revenue: 550 },
      { name: 'potential_loyalists', contacts: 1, revenue: 300.5 },
      { name: 'loyal', contacts: 0, revenue: 0 },
      { name: 'new', contacts: 0, revenue: 0 },
      { name: 'hibernating', contacts: 1, revenue: 80 },
      { name: 'cant_lose', contacts: 0, revenue: 0 },
      { name: 'at_risk', contacts: 1, revenue: 60 },
      { name: 'lost', contacts: 1, revenue: 1000 },
    ]);
    expect(body.unnamed).toEqual({ contacts: 0, revenue: 0 });
    // 400 + 150 + 300.50 + 80 + 60 + 1000; G bought before the period, H never bought
    expect(body.total).toEqual({ contacts: 6, revenue: 1990.5 });
    expect(body.codes).toEqual([
      { code: '1-1-1', contacts: 1, revenue: 400 },
      { code: '1-1-2', contacts: 1, revenue: 150 },
      { code: '2-2-2', contacts: 1, revenue: 300.5 },
      { code: '2-3-3', contacts: 1, revenue: 80 },
      { code: '3-2-3', contacts: 1, revenue: 60 },
      { code: '3-3-1', contacts: 1, revenue: 1000 },
    ]);
  });

  it('answers lifecycle counts now and per snapshot day', async () => {
    const { body } = await acme.get('/api/v1/analytics/lifecycle?from=2026-01-01T00:00:00Z&to=2026-03-02T00:00:00Z').expect(200);
    expect(body).toEqual({
      refreshedAt: '2026-03-01T00:00:00.000Z',
      current: { new: 1, active: 3, sleeping: 2, churned: 1, prospects: 1 },
      history: [
        // Jan 20: D new (first purchase 15 d ago); A (silent 4.6 d, cadence 53 d) and C (one purchase 80 d ago) active;
        // E (silent 172 d, cadence 61 d) and F (264 d) sleeping; G churned; B has not bought yet
        { day: '2026-01-20', new: 1, active: 2, sleeping: 2, churned: 1 },
        { day: '2026-03-01', new: 1, active: 3, sleeping: 2, churned: 1 },
      ],
    });
    // Days whose midnight is in [from, to): Jan 20 00:00 is before Jan 20 00:00:01, Mar 1 00:00 is not before Mar 1 00:00
    const narrow = await acme.get('/api/v1/analytics/lifecycle?from=2026-01-20T00:00:01Z&to=2026-03-01T00:00:00Z').expect(200);
    expect(narrow.body.history).toEqual([]);
  });

  it('answers cohorts by month of first purchase', async () => {
    const { body } = await acme.get('/api/v1/analytics/cohorts?from=2025-10-01T00:00:00Z&to=2026-03-01T00:00:00Z').expect(200);
    expect(body).toEqual({
      period: { from: '2025-10-01T00:00:00.000Z', to: '2026-03-01T00:00:00.000Z' },
      timezone: 'UTC',
      cohorts: [
        // A: October, then December, January, February
        { cohort: '2025-10', customers: 1, retention: [1, 0, 1, 1, 1].map((active, month) => ({ month, customers: active, rate: active })) },
        // C: November, then February
        { cohort: '2025-11', customers: 1, retention: [1, 0, 0, 1].map((active, month) => ({ month, customers: active, rate: active })) },
        // December: nobody's first purchase. D: January only; B: February
        { cohort: '2026-01', customers: 1, retention: [{ month: 0, customers: 1, rate: 1 }, { month: 1, customers: 0, rate: 0 }] },
        { cohort: '2026-02', customers: 1, retention: [{ month: 0, customers: 1, rate: 1 }] },
      ],
    });
  });

  it('answers the metrics of a period with their definitions', async () => {
    const { body } = await acme.get('/api/v1/analytics/metrics?from=2026-02-01T00:00:00Z&to=2026-03-01T00:00:00Z').expect(200);
    expect(body).toMatchObject({
      period: { from: '2026-02-01T00:00:00.000Z', to: '2026-03-01T00:00:00.000Z' },
      previousPeriod: { from: '2026-01-04T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z' },
      orders: 5, // A Feb 28; B Feb 1, 10, 20; C Feb 10
      revenue: 450.5, // 100 + 150 + 200.50
      customers: 3, // A, B, C
      newCustomers: 1, // B
      aov: 90.1, // 450.50 / 5
      ltv: 283.5, // lifetimes before Mar 1: A 400 + B 150 + C 300.50 = 850.50, / 3
      repeatPurchaseRate: 1, // A 4, B 3, C 2 purchases: 3 / 3
      previousCustomers: 2, // A Jan 15, D Jan 5 (E, F, G bought long before Jan 4)
      retainedCustomers: 1, // A
      retentionRate: 0.5,
      churnRate: 0.5, // D
    });
    expect(body.definitions).toMatchObject({ aov: expect.stringContaining('Average order value'), retentionRate: expect.stringContaining('(E − N) ÷ S') });
  });

  it('refuses bad report parameters naming the field', async () => {
    const refused = async (path: string) => (await acme.get(path).expect(400)).body.details;
    expect(await refused('/api/v1/analytics/metrics?from=yesterday&to=2026-03-01T00:00:00Z'))
      .toEqual([{ path: 'from', code: 'analytics_period_invalid', message: expect.stringContaining('from must be an ISO 8601 instant') }]);
    expect(await refused('/api/v1/analytics/metrics?from=2026-03-01T00:00:00Z&to=2026-02-01T00:00:00Z'))
      .toEqual([{ path: 'to', code: 'analytics_period_invalid', message: 'to must be later than from' }]);
    expect(await refused('/api/v1/analytics/metrics?from=2026-02-01T00:00:00Z')).toEqual([expect.objectContaining({ path: 'to', code: 'isString' })]);
    expect(await refused('/api/v1/analytics/cohorts?from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z&timezone=%2B03:00'))
      .toEqual([expect.objectContaining({ path: 'timezone', code: 'analytics_timezone_invalid' })]);
    expect(await refused('/api/v1/analytics/lifecycle?to=2026-02-30T00:00:00Z')).toEqual([expect.objectContaining({ path: 'to', code: 'analytics_period_invalid' })]);
    expect(await refused('/api/v1/analytics/lifecycle?days=30')).toEqual([expect.objectContaining({ path: 'days', code: 'unknown_field' })]);
  });

  it('shows another workspace nothing of acme, and defaults the lifecycle history to the last 90 days', async () => {
    expect((await globex.get('/api/v1/analytics/rfm').expect(200)).body).toMatchObject({
      levels: 5, refreshedAt: null, total: { contacts: 0, revenue: 0 }, unnamed: { contacts: 0, revenue: 0 }, codes: [],
    });
    expect((await globex.get('/api/v1/analytics/metrics?from=2026-02-01T00:00:00Z&to=2026-03-01T00:00:00Z').expect(200)).body)
      .toMatchObject({ orders: 0, revenue: 0, customers: 0, aov: null });
    expect((await globex.get('/api/v1/analytics/cohorts?from=2025-10-01T00:00:00Z&to=2026-03-01T00:00:00Z').expect(200)).body.cohorts).toEqual([]);

    await globex.post('/api/v1/events', { externalId: 'Z', name: 'purchase', properties: { amount: 10 } }).expect(202);
    await refresh(globex, new Date().toISOString());
    const { body } = await globex.get('/api/v1/analytics/lifecycle').expect(200);
    expect(body.current).toEqual({ new: 1, active: 0, sleeping: 0, churned: 0, prospects: 0 });
    expect(body.history).toEqual([{ day: new Date().toISOString().slice(0, 10), new: 1, active: 0, sleeping: 0, churned: 0 }]);
    expect((await globex.get('/api/v1/analytics/rfm').expect(200)).body.total).toEqual({ contacts: 1, revenue: 10 });
  });

  it('keeps the scale of the scores until the next refresh when the levels change', async () => {
    await acme.put('/api/v1/settings/analytics', {}).expect(200);
    const before = (await acme.get('/api/v1/analytics/rfm').expect(200)).body;
    expect(before).toMatchObject({ levels: 3, total: { contacts: 6 } });
    expect(before.cells[0]).toEqual({ r: 1, f: 1, name: 'champions', contacts: 2, revenue: 550 });

    await refresh(acme, NOW);
    const after = (await acme.get('/api/v1/analytics/rfm').expect(200)).body;
    expect(after).toMatchObject({ levels: 5, total: { contacts: 6, revenue: 1990.5 } });
    expect(after.cells).toHaveLength(25);
  });

  it('documents every report with its definitions', async () => {
    const { body } = await request(app.getHttpServer()).get('/api/docs/openapi.json').expect(200);
    expect(body.paths['/api/v1/analytics/rfm'].get.description).toContain('level 1 is the best');
    expect(body.paths['/api/v1/analytics/lifecycle'].get.description).toContain('prospects');
    expect(body.paths['/api/v1/analytics/cohorts'].get.description).toContain('first purchase ever');
    expect(body.paths['/api/v1/analytics/metrics'].get.description).toContain('Customer retention rate (CRR)');
    expect(body.paths['/api/v1/analytics/metrics'].get.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'from', in: 'query', required: true })]));
  });

  it('answers 401 without a key', async () => {
    await request(app.getHttpServer()).get('/api/v1/analytics/rfm').expect(401);
  });
});
