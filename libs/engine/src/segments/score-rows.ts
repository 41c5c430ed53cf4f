import {
  DAY_MS, lifecycleStageOfSummary, rfmCellName, type AnalyticsSettings, type RfmScore,
} from '@cascade/segments';
import type { PurchaseSummaryRow } from './purchase-summaries';

/** A row of contact_scores. */
export interface ContactScoreRow {
  contactId: string;
  recencyDays: number | null;
  frequency: number | null;
  monetary: number | null;
  r: number | null;
  f: number | null;
  m: number | null;
  rfmCode: string | null;
  rfmCell: string | null;
  lifecycleStage: string | null;
  purchases: number;
  cadenceDays: number | null;
  silenceDays: number | null;
}

/** RFM measures of a summary, or null when the contact bought nothing in the period (no score). */
export function rfmMeasures(summary: PurchaseSummaryRow, nowMs: number) {
  if (summary.lastInPeriodMs === null || summary.frequency === 0) return null;
  return {
    contactId: summary.contactId,
    recencyDays: Math.floor((nowMs - summary.lastInPeriodMs) / DAY_MS),
    frequency: summary.frequency,
    monetary: Math.round(summary.monetary * 1e6) / 1e6,
  };
}

export function scoreRow({ summary, rfm, nowMs, settings }: {
  summary: PurchaseSummaryRow;
  rfm: RfmScore | null;
  nowMs: number;
  settings: AnalyticsSettings;
}): ContactScoreRow {
  const lifecycle = lifecycleStageOfSummary({ summary, nowMs, settings: settings.lifecycle });
  return {
    contactId: summary.contactId,
    recencyDays: rfm?.recencyDays ?? null,
    frequency: rfm?.frequency ?? null,
    monetary: rfm?.monetary ?? null,
    r: rfm?.r ?? null,
    f: rfm?.f ?? null,
    m: rfm?.m ?? null,
    rfmCode: rfm?.code ?? null,
    rfmCell: rfm ? rfmCellName({ r: rfm.r, f: rfm.f, rules: settings.rfm.cells }) : null,
    lifecycleStage: lifecycle.stage,
    purchases: summary.purchases,
    cadenceDays: lifecycle.cadenceDays,
    silenceDays: lifecycle.silenceDays,
  };
}
