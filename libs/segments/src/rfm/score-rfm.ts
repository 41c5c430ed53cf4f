import { DAY_MS, instantMs, msBefore } from '../analytics-time.util';
import { quantileScores } from './quantile-scores.util';
import { RfmError } from './rfm.error';
import type { RfmContactInput, RfmLevels, RfmResult, RfmScore } from './rfm.types';

/**
 * RFM scores from purchases in the period `[now − period, now]` (purchases before it, or after
 * `now`, are ignored):
 *
 * - recency: whole days since the last purchase, lower is better;
 * - frequency: number of purchases, higher is better;
 * - monetary: sum of amounts, higher is better.
 *
 * Each dimension is scored by quantiles over the contacts with at least one purchase in the period
 * (see quantileScores for the rank rule and how ties are shared). Level 1 is the best, as in the
 * Russian CRM practice: "1-1-1" is a recent, frequent, high-spending contact and "5-5-5" (or
 * "3-3-3") the opposite. Contacts with no purchase in the period get no score and are listed in
 * `unscored`.
 */
export function scoreRfm({ contacts, now, period, levels }: {
  contacts: readonly RfmContactInput[];
  now: string;
  /** ISO duration, e.g. `P1Y`. */
  period: string;
  levels: RfmLevels;
}): RfmResult {
  if (levels !== 3 && levels !== 5) throw invalid(`levels must be 3 or 5, not ${String(levels)}`);
  const nowMs = instantMs(now);
  if (nowMs === null) throw invalid(`now "${String(now)}" is not an ISO instant`);
  const fromMs = msBefore(nowMs, period);
  if (fromMs === null) throw invalid(`period "${String(period)}" is not a positive ISO duration`);

  const seen = new Set<string>();
  const measured: RfmMeasures[] = [];
  const unscored: string[] = [];
  for (const contact of contacts) {
    if (seen.has(contact.contactId)) throw invalid(`contact "${contact.contactId}" appears twice`);
    seen.add(contact.contactId);
    let lastMs = -Infinity;
    const amounts: number[] = [];
    for (const purchase of contact.purchases) {
      const atMs = instantMs(purchase.at);
      if (atMs === null) throw invalid(`contact "${contact.contactId}": "${String(purchase.at)}" is not an ISO instant`);
      if (!Number.isFinite(purchase.amount)) throw invalid(`contact "${contact.contactId}": amount must be a finite number`);
      if (atMs < fromMs || atMs > nowMs) continue;
      lastMs = Math.max(lastMs, atMs);
      amounts.push(purchase.amount);
    }
    if (amounts.length === 0) {
      unscored.push(contact.contactId);
      continue;
    }
    measured.push({
      contactId: contact.contactId,
      recencyDays: Math.floor((nowMs - lastMs) / DAY_MS),
      frequency: amounts.length,
      monetary: roundSum(amounts),
    });
  }

  return { levels, scores: scoreRfmMeasures({ measured, levels }), unscored };
}

export type RfmMeasures = Omit<RfmScore, 'r' | 'f' | 'm' | 'code'>;

/**
 * Scores contacts whose recency, frequency and monetary value are already measured (by SQL over a
 * large base, say) with the same quantile rule as scoreRfm.
 */
export function scoreRfmMeasures({ measured, levels }: { measured: readonly RfmMeasures[]; levels: RfmLevels }): RfmScore[] {
  const r = quantileScores({ values: measured.map((c) => c.recencyDays), levels, better: 'lower' });
  const f = quantileScores({ values: measured.map((c) => c.frequency), levels, better: 'higher' });
  const m = quantileScores({ values: measured.map((c) => c.monetary), levels, better: 'higher' });
  return measured.map((contact, i) => ({
    ...contact, r: r[i], f: f[i], m: m[i], code: rfmCode(r[i], f[i], m[i]),
  }));
}

export function rfmCode(r: number, f: number, m: number): string {
  return `${r}-${f}-${m}`;
}

/** Sums to 6 decimals, so 0.1 + 0.2 ties with 0.3 instead of beating it by float noise. */
function roundSum(amounts: number[]): number {
  return Math.round(amounts.reduce((sum, amount) => sum + amount, 0) * 1e6) / 1e6 + 0; // + 0 turns -0 into 0
}

function invalid(message: string): RfmError {
  return new RfmError('rfm_input_invalid', message);
}
