import erfc from '@stdlib/math-base-special-erfc';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

/** z with P(|Z| ≤ z) = confidence, the critical value of a two-sided interval. */
export function zForConfidence(confidence: number): number {
  return normalQuantile(1 - (1 - confidence) / 2, 0, 1);
}

/** Standard normal quantile Φ⁻¹(p). */
export function zQuantile(p: number): number {
  return normalQuantile(p, 0, 1);
}

/** P(|Z| ≥ |z|) = erfc(|z| / √2); erfc keeps precision where 1 − Φ would round to 0. */
export function normalTwoSidedPValue(z: number): number {
  return erfc(Math.abs(z) / Math.SQRT2);
}
