import { chiSquareSurvival } from '../distributions/chi-square.util';
import { StatsInputError } from '../stats-input.error';
import type { ChiSquareResult } from '../stats.types';
import { requireArray, requireNonNegative, requirePositive } from '../validate-input.util';

/**
 * Pearson's chi-square goodness-of-fit test of counts against expected shares:
 *
 *   X² = Σ (O_i − E_i)² / E_i,   E_i = N·w_i / Σw,   df = k − 1
 *
 * Shares are any positive weights (they are normalised, like R's `rescale.p = TRUE`).
 * Reference: Pearson K (1900) Phil Mag 50:157–175; equals R's `chisq.test(x, p = w, rescale.p = TRUE)`.
 * Null when there are no observations or only one category.
 */
export function chiSquareGoodnessOfFit(observed: number[], expectedShares: number[]): ChiSquareResult | null {
  return goodnessOfFit(observed, expectedShares, { observed: 'observed', shares: 'expectedShares' })?.result ?? null;
}

/** The test plus the expected counts, with argument names for error messages (SRM reuses it). */
export function goodnessOfFit(
  observed: number[],
  shares: number[],
  names: { observed: string; shares: string },
): { result: ChiSquareResult; expected: number[] } | null {
  requireArray(observed, names.observed);
  requireArray(shares, names.shares);
  if (observed.length !== shares.length) {
    throw new StatsInputError(names.shares, `has ${shares.length} entries but ${names.observed} has ${observed.length}`);
  }
  observed.forEach((count, i) => requireNonNegative(count, `${names.observed}[${i}]`));
  shares.forEach((share, i) => requirePositive(share, `${names.shares}[${i}]`));
  const total = observed.reduce((sum, count) => sum + count, 0);
  const shareTotal = shares.reduce((sum, share) => sum + share, 0);
  if (observed.length < 2 || total === 0) return null;
  const expected = shares.map((share) => (total * share) / shareTotal);
  const statistic = observed.reduce((sum, count, i) => sum + (count - expected[i]) ** 2 / expected[i], 0);
  const degreesOfFreedom = observed.length - 1;
  return { result: { statistic, degreesOfFreedom, pValue: chiSquareSurvival(statistic, degreesOfFreedom) }, expected };
}
