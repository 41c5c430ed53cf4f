import betainc from '@stdlib/math-base-special-betainc';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/** P(|T| ≥ |t|) for T ~ t(df) = I_{df/(df+t²)}(df/2, 1/2) (Abramowitz & Stegun 26.7.1). */
export function tTwoSidedPValue(t: number, degreesOfFreedom: number): number {
  return betainc(degreesOfFreedom / (degreesOfFreedom + t * t), degreesOfFreedom / 2, 0.5);
}

/** t with P(|T| ≤ t) = confidence, T ~ t(df). */
export function tForConfidence(confidence: number, degreesOfFreedom: number): number {
  return tQuantile(1 - (1 - confidence) / 2, degreesOfFreedom);
}
