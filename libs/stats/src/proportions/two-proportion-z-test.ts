import { normalTwoSidedPValue } from '../distributions/normal.util';
import type { Counts } from '../stats.types';
import { requireCounts } from '../validate-input.util';

/**
 * Two-sided z-test of p_t = p_c with the pooled standard error:
 *
 *   z = (p_t − p_c) / √(p̄(1 − p̄)(1/n_t + 1/n_c)),   p̄ = (s_t + s_c) / (n_t + n_c),   p = 2(1 − Φ(|z|))
 *
 * z² is Pearson's X² of the 2×2 table, so this equals R's `prop.test(correct = FALSE)`
 * (Agresti A (2013) Categorical Data Analysis, 3rd ed., §3.2). Null when a group has no trials
 * or every trial (or none) succeeded, where the pooled SE is 0.
 */
export function twoProportionZTest(treatment: Counts, control: Counts): { z: number; pValue: number } | null {
  requireCounts(treatment, 'treatment');
  requireCounts(control, 'control');
  if (treatment.trials === 0 || control.trials === 0) return null;
  const pooled = (treatment.successes + control.successes) / (treatment.trials + control.trials);
  if (pooled === 0 || pooled === 1) return null;
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / treatment.trials + 1 / control.trials));
  const z = (treatment.successes / treatment.trials - control.successes / control.trials) / standardError;
  return { z, pValue: normalTwoSidedPValue(z) };
}
