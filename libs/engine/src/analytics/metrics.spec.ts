import { createWorkspace } from '@cascade/db';
import { createTestDatabase, seedWorkspace, type TestDatabase } from '@cascade/testing';
import { AnalyticsError } from './analytics.error';
import { customer, purchase } from './analytics.test-helpers';
import { computeMetrics } from './metrics';

/*
 * Period P = [2026-02-01, 2026-03-01), 28 days; previous period Q = [2026-01-04, 2026-02-01).
 *
 *   A  Q: Jan 10 100        P: Feb 5 200, Feb 20 "150.50" (numeric text)   retained
 *   B  Q: Jan 15 300        P: —                                            churned
 *   C  Dec 1 (2025) 80      P: Feb 10 120                                   reactivated: in N, not in E − N
 *   D                       P: Feb 12 50                                    new, one order
 *   E                       P: Feb 14 "abc" (0 revenue, still an order), Feb 25 40   new
 *   F  Q: Jan 20 60         P: Feb 28 23:59:59.999 70; Mar 1 00:00 999 (= to, outside)   retained
 *   G  Q: Jan 4 00:00 10 (the first instant of Q)  P: —                     churned
 *   I  Q: Jan 25 30         P: Feb 3 30                                     retained
 *   H  a page_view with an amount in P: not a purchase
 *   X  another workspace: purchases in Q and P, ignored
 */
describe('computeMetrics', () => {
  let db: TestDatabase;
  let workspaceId: string;
  const period = { from: '2026-02-01T00:00:00Z', to: '2026-03-01T00:00:00Z' };

  beforeAll(async () => {
    db = await createTestDatabase();
    const ds = db.dataSource;
    workspaceId = await seedWorkspace(ds);
    const buy = async (externalId: string, purchases: [string, unknown][]) => {
      const id = await customer(ds, workspaceId, externalId);
      for (const [at, amount] of purchases) await purchase(ds, workspaceId, id, at, { amount });
      return id;
    };
    await buy('A', [['2026-01-10T10:00:00Z', 100], ['2026-02-05T10:00:00Z', 200], ['2026-02-20T10:00:00Z', '150.50']]);
    await buy('B', [['2026-01-15T10:00:00Z', 300]]);
    await buy('C', [['2025-12-01T10:00:00Z', 80], ['2026-02-10T10:00:00Z', 120]]);
    await buy('D', [['2026-02-12T10:00:00Z', 50]]);
    await buy('E', [['2026-02-14T10:00:00Z', 'abc'], ['2026-02-25T10:00:00Z', 40]]);
    await buy('F', [['2026-01-20T10:00:00Z', 60], ['2026-02-28T23:59:59.999Z', 70], ['2026-03-01T00:00:00Z', 999]]);
    await buy('G', [['2026-01-04T00:00:00Z', 10]]);
    await buy('I', [['2026-01-25T10:00:00Z', 30], ['2026-02-03T10:00:00Z', 30]]);
    const h = await customer(ds, workspaceId, 'H');
    await purchase(ds, workspaceId, h, '2026-02-10T10:00:00Z', { amount: 1000 }, 'page_view');

    const other = (await createWorkspace(ds, 'other')).workspaceId;
    const x = await customer(ds, other, 'X');
    await purchase(ds, other, x, '2026-01-10T10:00:00Z', { amount: 5000 });
    await purchase(ds, other, x, '2026-02-10T10:00:00Z', { amount: 5000 });
  });
  afterAll(() => db?.drop());

  it('computes every metric of the period as the textbook defines it', async () => {
    expect(await computeMetrics(db.dataSource, { workspaceId, ...period })).toEqual({
      period: { from: '2026-02-01T00:00:00.000Z', to: '2026-03-01T00:00:00.000Z' },
      previousPeriod: { from: '2026-01-04T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z' },
      // A 2 + C 1 + D 1 + E 2 + F 1 + I 1 = 8 (F's order at `to` is outside; H's page_view and X are not counted)
      orders: 8,
      // A 200 + 150.50 + C 120 + D 50 + E (0 + 40) + F 70 + I 30 = 660.50
      revenue: 660.5,
      // E = {A, C, D, E, F, I}
      customers: 6,
      // D and E bought for the first time; C bought in December, so C is not new
      newCustomers: 2,
      // AOV = 660.50 / 8 = 82.5625 → 82.56
      aov: 82.56,
      // lifetime before `to`: A 450.50 + C 200 + D 50 + E 40 + F 130 + I 60 = 930.50; 930.50 / 6 = 155.0833… → 155.08
      ltv: 155.08,
      // ≥ 2 orders in total: A 3, C 2, E 2, F 2, I 2 (not D) → 5 / 6
      repeatPurchaseRate: 5 / 6,
      // S = {A, B, F, G, I} = 5; N = {C, D, E} = 3; E − N = 6 − 3 = 3 = {A, F, I}
      previousCustomers: 5,
      retainedCustomers: 3,
      // CRR = (E − N) / S = 3 / 5 = 0.6
      retentionRate: 0.6,
      // churn = {B, G} / S = 2 / 5 = 0.4
      churnRate: 0.4,
    });
  });

  it('returns null, not 0 or NaN, for every ratio of a period without purchases', async () => {
    expect(await computeMetrics(db.dataSource, { workspaceId, from: '2020-01-01T00:00:00Z', to: '2020-02-01T00:00:00Z' })).toMatchObject({
      orders: 0, revenue: 0, customers: 0, newCustomers: 0, previousCustomers: 0, retainedCustomers: 0,
      aov: null, ltv: null, repeatPurchaseRate: null, retentionRate: null, churnRate: null,
    });
  });

  it('returns null retention and churn when nobody bought in the previous period, and 0 RPR when nobody repeated', async () => {
    // P = December 2025 (31 days), previous = [2025-10-31, 2025-12-01): empty. Only C bought in P: 80, one order.
    expect(await computeMetrics(db.dataSource, { workspaceId, from: '2025-12-01T00:00:00Z', to: '2026-01-01T00:00:00Z' })).toEqual({
      period: { from: '2025-12-01T00:00:00.000Z', to: '2026-01-01T00:00:00.000Z' },
      previousPeriod: { from: '2025-10-31T00:00:00.000Z', to: '2025-12-01T00:00:00.000Z' },
      orders: 1, revenue: 80, customers: 1, newCustomers: 1,
      aov: 80, // 80 / 1
      ltv: 80, // C's lifetime before 2026-01-01: 80 / 1
      repeatPurchaseRate: 0, // 0 / 1: C's February order is after `to`
      previousCustomers: 0, retainedCustomers: 0,
      retentionRate: null, churnRate: null, // S = 0
    });
  });

  it('counts the period end and the previous period start as half-open bounds', async () => {
    // P = [2026-02-28T23:59:59.999Z, 2026-03-01T00:00:00Z): F's 70 only. Previous = [..58.998, ..59.999): nobody.
    const metrics = await computeMetrics(db.dataSource, { workspaceId, from: '2026-02-28T23:59:59.999Z', to: '2026-03-01T00:00:00Z' });
    expect(metrics).toMatchObject({ orders: 1, revenue: 70, customers: 1, newCustomers: 0, previousCustomers: 0 });
    // LTV of F = (60 + 70) / 1 = 130; RPR = 1 / 1
    expect(metrics).toMatchObject({ ltv: 130, repeatPurchaseRate: 1 });
  });

  it('uses the workspace\'s purchase event and amount property, and counts a reactivated customer in N', async () => {
    const ds = db.dataSource;
    const [k, r, l] = await Promise.all(['K', 'R', 'L'].map((name) => customer(ds, workspaceId, name)));
    await purchase(ds, workspaceId, k, '2026-01-10T10:00:00Z', { total: 10 }, 'order_completed');
    await purchase(ds, workspaceId, k, '2026-02-10T10:00:00Z', { total: '20' }, 'order_completed');
    await purchase(ds, workspaceId, r, '2025-12-01T10:00:00Z', { total: 5 }, 'order_completed');
    await purchase(ds, workspaceId, r, '2026-02-15T10:00:00Z', { total: 15, amount: 900 }, 'order_completed');
    await purchase(ds, workspaceId, l, '2026-01-12T10:00:00Z', { total: 7 }, 'order_completed');

    const metrics = await computeMetrics(ds, { workspaceId, ...period, purchaseEvent: 'order_completed', amountProperty: 'total' });
    expect(metrics).toMatchObject({
      orders: 2, // K Feb 10, R Feb 15
      revenue: 35, // 20 + 15 (R's `amount` is not the configured property)
      customers: 2, // E = {K, R}
      newCustomers: 0, // R first bought in December
      aov: 17.5, // 35 / 2
      ltv: 25, // K (10 + 20) + R (5 + 15) = 50; 50 / 2
      repeatPurchaseRate: 1, // K 2 orders, R 2 orders → 2 / 2
      previousCustomers: 2, // S = {K, L}
      retainedCustomers: 1, // N = {R} (reactivated: bought two periods ago, not in Q); E − N = 2 − 1 = {K}
      retentionRate: 0.5, // 1 / 2
      churnRate: 0.5, // {L} / 2
    });
  });

  it('refuses a bad period or setting before running any query, naming the field', async () => {
    const query = jest.fn();
    const refusal = (input: Partial<Parameters<typeof computeMetrics>[1]>) =>
      computeMetrics({ query }, { workspaceId, ...period, ...input }).catch((error: unknown) => error);

    expect(await refusal({ from: 'last month' })).toMatchObject({ code: 'analytics_period_invalid', field: 'from' });
    expect(await refusal({ to: period.from })).toMatchObject({ code: 'analytics_period_invalid', field: 'to' });
    expect(await refusal({ purchaseEvent: ' ' })).toMatchObject({ code: 'analytics_setting_invalid', field: 'purchaseEvent' });
    const error = await refusal({ amountProperty: '' });
    expect(error).toBeInstanceOf(AnalyticsError);
    expect((error as AnalyticsError).message).toContain('amountProperty');
    expect(query).not.toHaveBeenCalled();
  });
});
