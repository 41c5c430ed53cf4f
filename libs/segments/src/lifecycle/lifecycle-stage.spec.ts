import { LifecycleError } from './lifecycle.error';
import { lifecycleStages } from './lifecycle-stage';
import type { LifecycleSettings } from './lifecycle.types';

const NOW = '2024-06-30T12:00:00.000Z';
const daysAgo = (days: number) => new Date(Date.parse(NOW) - days * 86_400_000).toISOString();

/** One contact's stage (and the numbers behind it) with the default settings unless overridden. */
function stageOf(purchaseDaysAgo: number[], settings?: Partial<LifecycleSettings>) {
  const [result] = lifecycleStages({
    contacts: [{ contactId: 'c', purchases: purchaseDaysAgo.map((days) => ({ at: daysAgo(days) })) }],
    now: NOW,
    settings,
  });
  return result;
}

describe('lifecycleStages: the issue\'s examples with the default settings', () => {
  it('a monthly buyer silent for 3 months is sleeping', () => {
    // Gaps 30 30 30 → cadence 30; silence 90: 90 > 2 × 30 = 60 (not active), 90 ≤ 4 × 30 = 120.
    expect(stageOf([90, 120, 150, 180])).toMatchObject({ stage: 'sleeping', cadenceDays: 30, silenceDays: 90, purchases: 4 });
  });

  it('a yearly buyer silent for 3 months is active', () => {
    // Gaps 365 365 → cadence 365; silence 90 ≤ 2 × 365 = 730.
    expect(stageOf([90, 455, 820])).toMatchObject({ stage: 'active', cadenceDays: 365, silenceDays: 90 });
  });

  it('a monthly buyer is active up to 2 cadences of silence and churned after 4', () => {
    expect(stageOf([60, 90, 120]).stage).toBe('active');   // 60 ≤ 60, inclusive
    expect(stageOf([61, 91, 121]).stage).toBe('sleeping'); // 61 > 60
    expect(stageOf([120, 150, 180]).stage).toBe('sleeping'); // 120 ≤ 120
    expect(stageOf([121, 151, 181]).stage).toBe('churned'); // 121 > 120
  });

  it('a yearly buyer silent for 3 years is sleeping, for 5 years churned', () => {
    expect(stageOf([1095, 1460, 1825]).stage).toBe('sleeping'); // 730 < 1095 ≤ 1460
    expect(stageOf([1825, 2190, 2555]).stage).toBe('churned');  // 1825 > 1460
  });
});

describe('lifecycleStages: cadence', () => {
  it('is the median gap, so one long pause does not make a regular buyer look rare', () => {
    // Purchases 40, 50, 80, 180 days ago: gaps 10, 30, 100 → median 30; silence 40 ≤ 60 → active.
    expect(stageOf([40, 50, 80, 180])).toMatchObject({ stage: 'active', cadenceDays: 30 });
    // Even number of gaps: 10, 20, 40, 100 → (20 + 40) / 2 = 30; silence 70 > 60 → sleeping.
    expect(stageOf([70, 80, 100, 140, 240])).toMatchObject({ stage: 'sleeping', cadenceDays: 30 });
  });

  it('is never taken as shorter than minCadence (P7D by default)', () => {
    // Three purchases on one day, one 45 days ago: gaps 0, 0, 45 − x → median 0, used as 7.
    // Silence 10 ≤ 2 × 7 → active; 20 ≤ 4 × 7 → sleeping; 29 > 28 → churned. Unclamped, all three would be churned.
    expect(stageOf([10, 10, 10, 45])).toMatchObject({ stage: 'active', cadenceDays: 0 });
    expect(stageOf([20, 20, 20, 45]).stage).toBe('sleeping');
    expect(stageOf([29, 29, 29, 45]).stage).toBe('churned');
  });
});

describe('lifecycleStages: new, single purchases and no purchases', () => {
  it('is new while the first purchase is within newWithin (P30D), however many followed', () => {
    expect(stageOf([10]).stage).toBe('new');
    expect(stageOf([1, 15, 30]).stage).toBe('new'); // 30 days, inclusive
    expect(stageOf([31]).stage).toBe('active');
  });

  it('falls back to the single-purchase thresholds (P90D sleeping, P365D churned) for one purchase', () => {
    expect(stageOf([90])).toMatchObject({ stage: 'active', cadenceDays: null, silenceDays: 90 });
    expect(stageOf([91]).stage).toBe('sleeping');
    expect(stageOf([365]).stage).toBe('sleeping');
    expect(stageOf([366]).stage).toBe('churned');
  });

  it('gives no stage to a contact without purchases, and ignores purchases after now', () => {
    expect(stageOf([])).toEqual({ contactId: 'c', stage: null, purchases: 0, cadenceDays: null, silenceDays: null });
    expect(stageOf([-5])).toMatchObject({ stage: null, purchases: 0 });
    expect(stageOf([-5, 100])).toMatchObject({ stage: 'sleeping', purchases: 1 });
  });

  it('honours workspace settings', () => {
    // Monthly buyer silent 90 days is active when sleeping starts after 3 cadences.
    expect(stageOf([90, 120, 150], { sleepingFactor: 3, churnedFactor: 6 }).stage).toBe('active');
    expect(stageOf([100], { singlePurchaseSleepingAfter: 'P6M', singlePurchaseChurnedAfter: 'P2Y' }).stage).toBe('active');
  });

  it('refuses bad settings and input with a code', () => {
    const code = (run: () => unknown) => {
      try { run(); } catch (error) { return error instanceof LifecycleError ? error.code : error; }
      return 'accepted';
    };
    expect(code(() => stageOf([1], { sleepingFactor: 0 }))).toBe('lifecycle_settings_invalid');
    expect(code(() => stageOf([1], { sleepingFactor: 4, churnedFactor: 2 }))).toBe('lifecycle_settings_invalid');
    expect(code(() => stageOf([1], { newWithin: '30 days' }))).toBe('lifecycle_settings_invalid');
    expect(code(() => stageOf([1], { singlePurchaseSleepingAfter: 'P2Y', singlePurchaseChurnedAfter: 'P1Y' }))).toBe('lifecycle_settings_invalid');
    expect(code(() => lifecycleStages({ contacts: [{ contactId: 'x', purchases: [{ at: 'soon' }] }], now: NOW })))
      .toBe('lifecycle_input_invalid');
    expect(code(() => lifecycleStages({ contacts: [], now: 'today' }))).toBe('lifecycle_input_invalid');
  });
});
