import gammainc from '@stdlib/math-base-special-gammainc';

/**
 * P(X ≥ x) for X ~ χ²(df): the upper regularized incomplete gamma Q(df/2, x/2), computed directly
 * rather than as 1 − P so that tiny p-values (SRM checks on millions of contacts) keep their digits.
 */
export function chiSquareSurvival(x: number, degreesOfFreedom: number): number {
  return gammainc(x / 2, degreesOfFreedom / 2, true, true);
}
