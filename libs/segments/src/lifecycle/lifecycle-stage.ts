import { DAY_MS, instantMs, msBefore } from '../analytics-time.util';
import { LifecycleError } from './lifecycle.error';
import { resolveLifecycleSettings } from './lifecycle-settings';
import type { LifecycleContactInput, LifecycleResult, LifecycleSettings, LifecycleStage } from './lifecycle.types';
import { medianGapMs } from './purchase-cadence.util';

/**
 * Lifecycle stage of each contact at `now`, relative to the contact's own purchase cadence:
 *
 * - no purchase up to `now` → no stage (null): a prospect, not a customer;
 * - first purchase within `newWithin` → new;
 * - one purchase → active / sleeping / churned by the workspace's single-purchase thresholds;
 * - otherwise cadence = median gap between consecutive purchases (at least `minCadence`) and
 *   silence = now − last purchase: active if silence ≤ sleepingFactor × cadence, sleeping if
 *   ≤ churnedFactor × cadence, churned beyond.
 *
 * Purchases after `now` are ignored. Thresholds are inclusive (silent exactly 2 × cadence is active).
 */
export function lifecycleStages({ contacts, now, settings }: {
  contacts: readonly LifecycleContactInput[];
  now: string;
  settings?: Partial<LifecycleSettings>;
}): LifecycleResult[] {
  const resolved = resolveLifecycleSettings(settings);
  const nowMs = instantMs(now);
  if (nowMs === null) throw new LifecycleError('lifecycle_input_invalid', `now "${String(now)}" is not an ISO instant`);
  return contacts.map((contact) => lifecycleStageOf({ contact, nowMs, settings: resolved }));
}

function lifecycleStageOf({ contact, nowMs, settings }: {
  contact: LifecycleContactInput;
  nowMs: number;
  settings: LifecycleSettings;
}): LifecycleResult {
  const times = contact.purchases.map((purchase) => {
    const at = instantMs(purchase.at);
    if (at === null) {
      throw new LifecycleError('lifecycle_input_invalid', `contact "${contact.contactId}": "${String(purchase.at)}" is not an ISO instant`);
    }
    return at;
  }).filter((at) => at <= nowMs).sort((a, b) => a - b);
  return lifecycleStageOfSummary({
    summary: {
      contactId: contact.contactId, purchases: times.length, firstMs: times[0] ?? null, lastMs: times.at(-1) ?? null, cadenceMs: medianGapMs(times),
    },
    nowMs, settings,
  });
}

/** What the stage depends on, as SQL can aggregate it over a large base (purchases up to now only). */
export interface PurchaseSummary {
  contactId: string;
  purchases: number;
  firstMs: number | null;
  lastMs: number | null;
  /** Median gap between consecutive purchases; null with fewer than two. */
  cadenceMs: number | null;
}

/** The stage from a contact's purchase summary; `settings` must come from resolveLifecycleSettings. */
export function lifecycleStageOfSummary({ summary, nowMs, settings }: {
  summary: PurchaseSummary;
  nowMs: number;
  settings: LifecycleSettings;
}): LifecycleResult {
  const { cadenceMs, firstMs, lastMs } = summary;
  const base = { contactId: summary.contactId, purchases: summary.purchases, cadenceDays: cadenceMs === null ? null : cadenceMs / DAY_MS };
  if (summary.purchases === 0 || firstMs === null || lastMs === null) return { ...base, stage: null, silenceDays: null };

  const silenceMs = nowMs - lastMs;
  const result = (stage: LifecycleStage): LifecycleResult => ({ ...base, stage, silenceDays: silenceMs / DAY_MS });
  // Settings were validated, so every msBefore below is a number.
  if (firstMs >= msBefore(nowMs, settings.newWithin)!) return result('new');
  if (cadenceMs === null) {
    if (lastMs >= msBefore(nowMs, settings.singlePurchaseSleepingAfter)!) return result('active');
    return result(lastMs >= msBefore(nowMs, settings.singlePurchaseChurnedAfter)! ? 'sleeping' : 'churned');
  }
  const cadence = Math.max(cadenceMs, nowMs - msBefore(nowMs, settings.minCadence)!);
  if (silenceMs <= settings.sleepingFactor * cadence) return result('active');
  return result(silenceMs <= settings.churnedFactor * cadence ? 'sleeping' : 'churned');
}
