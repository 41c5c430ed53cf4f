import { StatsInputError } from '../stats-input.error';
import type { Moments } from '../stats.types';
import { requireCount, requireFinite, requireNonNegative } from '../validate-input.util';

/**
 * Moments from running sums, as a database aggregate returns them:
 *
 *   mean = Σx / n,   variance = (Σx² − Σx·mean) / (n − 1)
 *
 * The subtraction cancels catastrophically when the spread is small next to the mean, so a
 * residual below the rounding error of Σx² itself (n·ε·Σx²) is taken as 0 rather than reported as
 * a tiny spurious variance, and a negative residual is never returned. This one-pass "textbook"
 * formula is the one Chan TF, Golub GH, LeVeque RJ (1983) "Algorithms for computing the sample
 * variance", Am Stat 37:242–247 warn about; it is used because sums are what SQL aggregates give,
 * and revenue's spread is not small next to its mean. Variance is
 * 0 when n < 2; with n = 0 the sums must be 0 and the mean is reported as 0.
 */
export function momentsFromSums(n: number, sum: number, sumOfSquares: number): Moments {
  return momentsOfSums({ n, sum, sumOfSquares }, { n: 'n', sum: 'sum', sumOfSquares: 'sumOfSquares' });
}

/** `momentsFromSums` with the caller's argument names, so errors point at the caller's field. */
export function momentsOfSums(
  { n, sum, sumOfSquares }: { n: number; sum: number; sumOfSquares: number },
  names: { n: string; sum: string; sumOfSquares: string },
): Moments {
  requireCount(n, names.n);
  requireFinite(sum, names.sum);
  requireNonNegative(sumOfSquares, names.sumOfSquares);
  if (n === 0) {
    if (sum !== 0 || sumOfSquares !== 0) throw new StatsInputError(names.sum, `and ${names.sumOfSquares} must be 0 when ${names.n} is 0`);
    return { n, mean: 0, variance: 0 };
  }
  const mean = sum / n;
  if (n < 2) return { n, mean, variance: 0 };
  const residual = sumOfSquares - sum * mean;
  const roundingError = n * Number.EPSILON * sumOfSquares;
  if (residual < -roundingError * 4) {
    throw new StatsInputError(
      names.sumOfSquares,
      `(${sumOfSquares}) is below ${names.sum}²/${names.n} (${sum * mean}); the sums cannot come from one sample`,
    );
  }
  return { n, mean, variance: residual <= roundingError ? 0 : residual / (n - 1) };
}
