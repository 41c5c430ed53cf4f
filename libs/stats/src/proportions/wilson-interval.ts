import { zForConfidence } from '../distributions/normal.util';
import type { Counts, Interval } from '../stats.types';
import { requireCounts, requireOpenUnit } from '../validate-input.util';

/**
 * Wilson score interval for a binomial proportion, without continuity correction:
 *
 *   (2s + z² ± z·√(z² + 4s(n − s)/n)) / (2(n + z²)),   z = Φ⁻¹(1 − (1 − confidence)/2)
 *
 * Reference: Wilson EB (1927) "Probable inference, the law of succession, and statistical
 * inference", JASA 22:209–212; method 3 of Newcombe RG (1998) Stat Med 17:857–872. It equals R's
 * `prop.test(x, n, correct = FALSE)$conf.int`. Null when there are no trials.
 */
export function wilsonInterval(counts: Counts, confidence = 0.95): Interval | null {
  requireCounts(counts, 'counts');
  requireOpenUnit(confidence, 'confidence');
  const { successes: s, trials: n } = counts;
  if (n === 0) return null;
  const z = zForConfidence(confidence);
  const z2 = z * z;
  const centre = 2 * s + z2;
  const spread = z * Math.sqrt(z2 + (4 * s * (n - s)) / n);
  const denominator = 2 * (n + z2);
  // The formula gives 0 and 1 exactly at s = 0 and s = n up to rounding; clamp that rounding away.
  return {
    lower: s === 0 ? 0 : Math.max(0, (centre - spread) / denominator),
    upper: s === n ? 1 : Math.min(1, (centre + spread) / denominator),
  };
}
