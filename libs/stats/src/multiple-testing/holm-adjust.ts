import { StatsInputError } from '../stats-input.error';
import { requireArray } from '../validate-input.util';

/**
 * Holm's step-down adjustment, controlling the family-wise error rate. With the m non-null
 * p-values sorted ascending, p₍₁₎ ≤ … ≤ p₍ₘ₎:
 *
 *   p̃₍ᵢ₎ = min(1, max_{j ≤ i} (m − j + 1)·p₍ⱼ₎)
 *
 * Nulls (tests that could not be run) are passed through and do not count towards m, like NA in
 * R's `p.adjust(p, method = "holm")`. Reference: Holm S (1979) "A simple sequentially rejective
 * multiple test procedure", Scand J Statist 6:65–70.
 */
export function holmAdjust(pValues: (number | null)[]): (number | null)[] {
  requireArray(pValues, 'pValues');
  pValues.forEach((p, i) => {
    if (p !== null && (typeof p !== 'number' || !(p >= 0 && p <= 1))) {
      throw new StatsInputError(`pValues[${i}]`, `must be a probability in [0, 1] or null, not ${String(p)}`);
    }
  });
  const present = pValues
    .map((p, index) => ({ p, index }))
    .filter((entry): entry is { p: number; index: number } => entry.p !== null)
    .sort((x, y) => x.p - y.p);
  const adjusted: (number | null)[] = pValues.map(() => null);
  let runningMax = 0;
  present.forEach(({ p, index }, rank) => {
    runningMax = Math.max(runningMax, Math.min(1, (present.length - rank) * p));
    adjusted[index] = runningMax;
  });
  return adjusted;
}
