// Figures for verdict sentences: en-US, thousands separators, and never overstating certainty.

const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const SHARE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const POINTS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function formatCount(count: number): string {
  return COUNT.format(count);
}

/**
 * A probability floored to a whole percent (97.9% is "97%"), and "more than 99%" above 99%, so a
 * sentence never claims more certainty than the model gives. The tiny offset keeps 0.29 at 29%
 * although 0.29 × 100 is 28.999… in binary.
 */
export function formatProbability(probability: number): string {
  if (probability > 0.99) return 'more than 99%';
  return `${Math.floor(probability * 100 + 1e-9)}%`;
}

/** A share as a percent, up to one decimal: 0.8 → "80%". */
export function formatPercent(share: number): string {
  return `${SHARE.format(share * 100)}%`;
}

/** An absolute rate difference in percentage points: "+1.0 percentage points" (unsigned: "1.0 …"). */
export function formatPoints(difference: number, { signed = true } = {}): string {
  return `${sign(difference, signed)}${POINTS.format(Math.abs(difference) * 100)} percentage points`;
}

/** A relative change, one decimal below 10%: "+20%", "+4.5%" (unsigned: "20%"). */
export function formatRelative(change: number, { signed = true } = {}): string {
  const percent = Math.abs(change) * 100;
  return `${sign(change, signed)}${(percent < 10 ? SHARE : COUNT).format(percent)}%`;
}

/** Weights as shares of their total: [50, 50] → ["50%", "50%"]. */
export function formatShares(weights: readonly number[]): string[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => formatPercent(weight / total));
}

function sign(value: number, signed: boolean): string {
  if (!signed) return '';
  return value < 0 ? '−' : '+';
}

export function formatPValue(p: number): string {
  return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}

/** "A", "A and B", "A, B and C". */
export function formatList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
