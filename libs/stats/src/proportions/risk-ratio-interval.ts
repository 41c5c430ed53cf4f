import { zForConfidence } from '../distributions/normal.util';
import type { Counts, Estimate } from '../stats.types';
import { requireCounts, requireOpenUnit } from '../validate-input.util';

/**
 * Risk ratio RR = p_t / p_c with the Katz log interval:
 *
 *   exp(ln RR ± z·SE),   SE = √(1/s_t − 1/n_t + 1/s_c − 1/n_c)
 *
 * Reference: Katz D, Baptista J, Azen SP, Pike MC (1978) "Obtaining confidence intervals for the
 * risk ratio in cohort studies", Biometrics 34:469–474; Agresti A (2013) Categorical Data Analysis,
 * 3rd ed., §3.1.4. Relative uplift is RR − 1. Null when either success count is 0 (ln RR or its SE
 * is then infinite).
 */
export function riskRatioInterval(treatment: Counts, control: Counts, confidence = 0.95): Estimate | null {
  requireCounts(treatment, 'treatment');
  requireCounts(control, 'control');
  requireOpenUnit(confidence, 'confidence');
  if (treatment.successes === 0 || control.successes === 0) return null;
  const logRatio = Math.log(treatment.successes / treatment.trials) - Math.log(control.successes / control.trials);
  const standardError = Math.sqrt(
    1 / treatment.successes - 1 / treatment.trials + 1 / control.successes - 1 / control.trials,
  );
  const margin = zForConfidence(confidence) * standardError;
  return { estimate: Math.exp(logRatio), lower: Math.exp(logRatio - margin), upper: Math.exp(logRatio + margin) };
}
