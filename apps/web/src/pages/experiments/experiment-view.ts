/** Pure shaping of the experiments report for display: series, filters, numbers in words. Tested in node. */
import type { Interval, VariantResult, VerdictStatus } from '@cascade/stats';
import { dayLabel, dayNumber } from '../../ui/charts/days';
import type { DailyFigures } from './experiments-api';

export { dayLabel, dayNumber };

export interface CumulativePoint {
  /** Day number (see dayNumber). */
  x: number;
  /** Converted ÷ assigned of the contacts assigned up to and including that day; null before the first one. */
  y: number | null;
  assigned: number;
  converted: number;
}

export interface CumulativeSeries {
  id: string;
  label: string;
  points: CumulativePoint[];
}

/**
 * The cumulative conversion rate per variant by UTC day of assignment: every day from the first to
 * the last day with assignments (days without any carry the running totals on), one series per variant
 * in the order given. Conversions count on the day the contact was assigned, as the API reports them.
 */
export function cumulativeConversion(daily: readonly DailyFigures[], variants: readonly { id: string; label: string }[]): CumulativeSeries[] {
  if (daily.length === 0) return [];
  const days = daily.map((row) => dayNumber(row.date));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const byKey = new Map<string, DailyFigures>();
  for (const row of daily) {
    const key = `${row.variantId}|${dayNumber(row.date)}`;
    const seen = byKey.get(key);
    byKey.set(key, seen ? { ...seen, assigned: seen.assigned + row.assigned, converted: seen.converted + row.converted } : row);
  }
  return variants.map(({ id, label }) => {
    let assigned = 0;
    let converted = 0;
    const points: CumulativePoint[] = [];
    for (let day = first; day <= last; day++) {
      const row = byKey.get(`${id}|${day}`);
      assigned += row?.assigned ?? 0;
      converted += row?.converted ?? 0;
      points.push({ x: day, y: assigned > 0 ? converted / assigned : null, assigned, converted });
    }
    return { id, label, points };
  });
}

/** A date input's YYYY-MM-DD as the UTC midnight instant the API wants, e.g. 2026-11-01T00:00:00Z. */
export function dateToInstant(date: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) ? `${date}T00:00:00Z` : undefined;
}

/** The MDE input in percent (e.g. "10" for +10%) as the API's relative share (0.1), or why not. */
export function parseMdePercent(text: string): { value?: number; error?: string } {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return {};
  const percent = Number(trimmed);
  if (!Number.isFinite(percent)) return { error: 'Enter a number, e.g. 10 for +10%.' };
  if (percent < 0.1 || percent > 1000) return { error: 'Between 0.1% and 1000%.' };
  return { value: Math.round(percent * 1000) / 100_000 };
}

const sign = (value: number) => (value > 0 ? '+' : value < 0 ? '−' : '±');

/** A difference of rates in percentage points: "+1.25 pp". */
export function formatPoints(difference: number | null | undefined, digits = 2): string {
  if (difference === null || difference === undefined || !Number.isFinite(difference)) return '—';
  return `${sign(difference)}${Math.abs(difference * 100).toFixed(digits)} pp`;
}

/** A relative change: "+12.5%". */
export function formatRelative(change: number | null | undefined, digits = 1): string {
  if (change === null || change === undefined || !Number.isFinite(change)) return '—';
  return `${sign(change)}${Math.abs(change * 100).toFixed(digits)}%`;
}

/** "[a, b]" with each bound formatted, or "—". */
export function formatInterval(interval: Interval | null | undefined, format: (value: number) => string): string {
  return interval ? `[${format(interval.lower)}, ${format(interval.upper)}]` : '—';
}

/** "p = 0.025" or "p < 0.001" in running text. */
export function pEquals(p: number | null | undefined): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return 'p = —';
  return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}

/** The variant's name in charts, marking the control once. */
export const plotLabel = (label: string, isControl: boolean) => (isControl && !/control/i.test(label) ? `${label} (control)` : label);

/** A signed money difference: "+1.20", "−0.35". */
export function formatMoneyDifference(difference: number | null | undefined): string {
  if (difference === null || difference === undefined || !Number.isFinite(difference)) return '—';
  return `${sign(difference)}${Math.abs(difference).toFixed(2)}`;
}

export type Tone = 'ok' | 'accent' | 'muted' | 'error';

/** How prominent a verdict is: a winner is good news, a leader is worth a look, an SRM is an alarm. */
export function verdictTone(status: VerdictStatus): Tone {
  switch (status) {
    case 'winner': return 'ok';
    case 'leading': return 'accent';
    case 'sample_ratio_mismatch': return 'error';
    default: return 'muted';
  }
}

/** Holm-adjusted p-values matter only with several comparisons against the control. */
export const showsHolm = (variants: readonly unknown[]) => variants.length > 2;

export interface SampleRatioRow {
  id: string;
  label: string;
  weight: number;
  observed: number;
  expected: number | null;
  /** observed ÷ expected − 1. */
  deviation: number | null;
}

/** Observed against expected assignments per variant, side by side. */
export function sampleRatioRows(variants: readonly VariantResult[], expected: readonly number[] | undefined): SampleRatioRow[] {
  return variants.map((variant, index) => {
    const wanted = expected?.[index] ?? null;
    return {
      id: variant.id, label: variant.label, weight: variant.weight, observed: variant.assigned, expected: wanted,
      deviation: wanted ? variant.assigned / wanted - 1 : null,
    };
  });
}

/** The variant's label for an id, or the id. */
export function variantLabel(variants: readonly VariantResult[], id: string | null): string {
  if (id === null) return '—';
  return variants.find((variant) => variant.id === id)?.label ?? id;
}

/** The share bar width, 0–100, of a probability (null → 0). */
export const shareWidth = (share: number | null) => (share === null || !Number.isFinite(share) ? 0 : Math.max(0, Math.min(100, share * 100)));
