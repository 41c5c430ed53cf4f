import type { Counts, Estimate } from '../stats.types';
import { requireCounts, requireOpenUnit } from '../validate-input.util';
import { wilsonInterval } from './wilson-interval';

/**
 * Difference of two independent proportions p_t − p_c with Newcombe's hybrid score interval
 * (method 10), built from the two Wilson intervals (l_t, u_t) and (l_c, u_c):
 *
 *   lower = d − √((p_t − l_t)² + (u_c − p_c)²)
 *   upper = d + √((u_t − p_t)² + (p_c − l_c)²)
 *
 * Reference: Newcombe RG (1998) "Interval estimation for the difference between independent
 * proportions: comparison of eleven methods", Stat Med 17:873–890. Null when either group has no
 * trials.
 */
export function newcombeDifference(treatment: Counts, control: Counts, confidence = 0.95): Estimate | null {
  requireCounts(treatment, 'treatment');
  requireCounts(control, 'control');
  requireOpenUnit(confidence, 'confidence');
  const treatmentInterval = wilsonInterval(treatment, confidence);
  const controlInterval = wilsonInterval(control, confidence);
  if (!treatmentInterval || !controlInterval) return null;
  const pt = treatment.successes / treatment.trials;
  const pc = control.successes / control.trials;
  const estimate = pt - pc;
  return {
    estimate,
    lower: Math.max(-1, estimate - Math.hypot(pt - treatmentInterval.lower, controlInterval.upper - pc)),
    upper: Math.min(1, estimate + Math.hypot(treatmentInterval.upper - pt, pc - controlInterval.lower)),
  };
}
