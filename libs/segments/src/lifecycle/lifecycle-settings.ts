import { msBefore } from '../analytics-time.util';
import { LifecycleError } from './lifecycle.error';
import type { LifecycleSettings } from './lifecycle.types';

/**
 * Workspace defaults. With them a monthly buyer (cadence 30 days) is active up to 60 days of
 * silence, sleeping up to 120 and churned after, so silent for 3 months they are sleeping; a yearly
 * buyer is active up to 730 days, so silent for 3 months they are still active.
 */
export const DEFAULT_LIFECYCLE_SETTINGS: Readonly<LifecycleSettings> = {
  /** First purchase at most this long ago → new, however many purchases followed. */
  newWithin: 'P30D',
  /** One purchase, no cadence yet: active up to this silence, then sleeping… */
  singlePurchaseSleepingAfter: 'P90D',
  /** …and churned after this one. */
  singlePurchaseChurnedAfter: 'P365D',
  /** Active while silence ≤ sleepingFactor × cadence. */
  sleepingFactor: 2,
  /** Sleeping while silence ≤ churnedFactor × cadence; churned after. */
  churnedFactor: 4,
  /**
   * The cadence is never taken as shorter than this, so two purchases on the same day do not make
   * the contact sleeping two days later (with the defaults: sleeping after 14 days at the soonest).
   */
  minCadence: 'P7D',
};

/** Defaults overlaid with the workspace's values, checked once. */
export function resolveLifecycleSettings(overrides: Partial<LifecycleSettings> = {}): LifecycleSettings {
  const settings = { ...DEFAULT_LIFECYCLE_SETTINGS, ...overrides };
  const refuse = (message: string) => new LifecycleError('lifecycle_settings_invalid', message);
  // Lengths measured back from a fixed instant, so calendar units (P1M, P1Y) compare sensibly.
  const anchor = Date.UTC(2000, 0, 1);
  const length = (key: 'newWithin' | 'singlePurchaseSleepingAfter' | 'singlePurchaseChurnedAfter' | 'minCadence') => {
    const from = msBefore(anchor, settings[key]);
    if (from === null) throw refuse(`${key} "${String(settings[key])}" is not a positive ISO duration`);
    return anchor - from;
  };
  length('newWithin');
  length('minCadence');
  if (length('singlePurchaseChurnedAfter') < length('singlePurchaseSleepingAfter')) {
    throw refuse('singlePurchaseChurnedAfter must not be shorter than singlePurchaseSleepingAfter');
  }
  const { sleepingFactor, churnedFactor } = settings;
  if (!Number.isFinite(sleepingFactor) || sleepingFactor <= 0) throw refuse('sleepingFactor must be a positive number');
  if (!Number.isFinite(churnedFactor) || churnedFactor < sleepingFactor) {
    throw refuse('churnedFactor must be a number not smaller than sleepingFactor');
  }
  return settings;
}

