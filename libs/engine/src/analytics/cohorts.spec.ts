import { createWorkspace } from '@cascade/db';
import { createTestDatabase, seedWorkspace, type TestDatabase } from '@cascade/testing';
import { customer, purchase } from './analytics.test-helpers';
import { computeCohorts } from './cohorts';

/*
 * Purchases (UTC instants; Moscow is UTC+3 all year):
 *   P1  Jan 10, Feb 5, Apr 2
 *   P2  Jan 31 23:30 (= Feb 1 02:30 in Moscow), Mar 10
 *   P3  Jan 20, Jan 25 (same month: counted once), Mar 3
 *   P4  Dec 15 (2025), Jan 15: first purchase in December, before every period below
 *   P5  Feb 14, Apr 20 (after `to`)
 *   P6  Mar 31 21:30 (= Apr 1 00:30 in Moscow)
 *   P7  Apr 20 only (after `to`)
 *   Q   another workspace, Feb 10
 */
describe('computeCohorts', () => {
  let db: TestDatabase;
  let workspaceId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    const ds = db.dataSource;
    workspaceId = await seedWorkspace(ds);
    const buy = async (externalId: string, instants: string[], workspace = workspaceId) => {
      const id = await customer(ds, workspace, externalId);
      for (const at of instants) await purchase(ds, workspace, id, at, { amount: 10 });
    };
    await buy('P1', ['2026-01-10T12:00:00Z', '2026-02-05T12:00:00Z', '2026-04-02T12:00:00Z']);
    await buy('P2', ['2026-01-31T23:30:00Z', '2026-03-10T12:00:00Z']);
    await buy('P3', ['2026-01-20T12:00:00Z', '2026-01-25T12:00:00Z', '2026-03-03T12:00:00Z']);
    await buy('P4', ['2025-12-15T12:00:00Z', '2026-01-15T12:00:00Z']);
    await buy('P5', ['2026-02-14T12:00:00Z', '2026-04-20T12:00:00Z']);
    await buy('P6', ['2026-03-31T21:30:00Z']);
    await buy('P7', ['2026-04-20T12:00:00Z']);
    await buy('Q', ['2026-02-10T12:00:00Z'], (await createWorkspace(ds, 'other')).workspaceId);
  });
  afterAll(() => db?.drop());

  it('groups by first-purchase month in UTC and counts each later month once per customer', async () => {
    expect(await computeCohorts(db.dataSource, { workspaceId, from: '2026-01-01T00:00:00Z', to: '2026-04-15T00:00:00Z' })).toEqual([
      // January: P1, P2, P3 = 3 (P4 first bought in December). Feb: P1 → 1/3; Mar: P2, P3 → 2/3; Apr: P1 → 1/3
      { cohort: '2026-01', customers: 3, retention: [
        { month: 0, customers: 3, rate: 1 }, { month: 1, customers: 1, rate: 1 / 3 },
        { month: 2, customers: 2, rate: 2 / 3 }, { month: 3, customers: 1, rate: 1 / 3 }] },
      // February: P5 = 1; its April purchase is after `to`, so months 1 and 2 are 0 / 1
      { cohort: '2026-02', customers: 1, retention: [
        { month: 0, customers: 1, rate: 1 }, { month: 1, customers: 0, rate: 0 }, { month: 2, customers: 0, rate: 0 }] },
      // March: P6 = 1, nothing in April
      { cohort: '2026-03', customers: 1, retention: [{ month: 0, customers: 1, rate: 1 }, { month: 1, customers: 0, rate: 0 }] },
    ]);
  });

  it('draws month boundaries in the requested time zone', async () => {
    const cohorts = await computeCohorts(db.dataSource, {
      workspaceId, from: '2026-01-01T00:00:00+03:00', to: '2026-04-15T00:00:00+03:00', timezone: 'Europe/Moscow',
    });
    expect(cohorts).toEqual([
      // January: P1, P3 = 2 (P2's Jan 31 23:30 UTC is February in Moscow). Feb: P1 → 1/2; Mar: P3 → 1/2; Apr: P1 → 1/2
      { cohort: '2026-01', customers: 2, retention: [
        { month: 0, customers: 2, rate: 1 }, { month: 1, customers: 1, rate: 0.5 },
        { month: 2, customers: 1, rate: 0.5 }, { month: 3, customers: 1, rate: 0.5 }] },
      // February: P2, P5 = 2. Mar: P2 → 1/2; Apr: 0 / 2 (P5's Apr 20 is after `to`)
      { cohort: '2026-02', customers: 2, retention: [
        { month: 0, customers: 2, rate: 1 }, { month: 1, customers: 1, rate: 0.5 }, { month: 2, customers: 0, rate: 0 }] },
      // March has no first purchase in Moscow (P6's Mar 31 21:30 UTC is April 1): left out. April: P6 = 1
      { cohort: '2026-04', customers: 1, retention: [{ month: 0, customers: 1, rate: 1 }] },
    ]);
  });

  it('lists only months whose first day is in the period, and ends with the month of the last instant before `to`', async () => {
    // to = April 1 in Moscow: the last month is March; April's first day is not before `to`, and P1's Apr 2 is not counted
    expect(await computeCohorts(db.dataSource, {
      workspaceId, from: '2026-01-01T00:00:00+03:00', to: '2026-04-01T00:00:00+03:00', timezone: 'Europe/Moscow',
    })).toEqual([
      { cohort: '2026-01', customers: 2, retention: [
        { month: 0, customers: 2, rate: 1 }, { month: 1, customers: 1, rate: 0.5 }, { month: 2, customers: 1, rate: 0.5 }] },
      { cohort: '2026-02', customers: 2, retention: [{ month: 0, customers: 2, rate: 1 }, { month: 1, customers: 1, rate: 0.5 }] },
    ]);
    // from = Jan 15: January's first day is before the period, so its cohort is left out
    const fromMidJanuary = await computeCohorts(db.dataSource, { workspaceId, from: '2026-01-15T00:00:00Z', to: '2026-04-15T00:00:00Z' });
    expect(fromMidJanuary.map((cohort) => cohort.cohort)).toEqual(['2026-02', '2026-03']);
  });

  it('reads only the configured purchase event of the workspace', async () => {
    expect(await computeCohorts(db.dataSource, {
      workspaceId, from: '2026-01-01T00:00:00Z', to: '2026-04-15T00:00:00Z', purchaseEvent: 'order_completed',
    })).toEqual([]);
  });

  it('refuses an unknown time zone before running any query', async () => {
    const query = jest.fn();
    await expect(computeCohorts({ query }, { workspaceId, from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z', timezone: 'Mars/Olympus' }))
      .rejects.toMatchObject({ code: 'analytics_timezone_invalid', field: 'timezone' });
    expect(query).not.toHaveBeenCalled();
  });
});
