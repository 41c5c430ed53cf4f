import { tForConfidence, tTwoSidedPValue } from '../distributions/student-t.util';
import type { Moments } from '../stats.types';
import { requireMoments, requireOpenUnit } from '../validate-input.util';

export interface WelchTTestResult {
  t: number;
  degreesOfFreedom: number;
  pValue: number;
  /** mean_a − mean_b */
  difference: number;
  lower: number;
  upper: number;
}

/**
 * Welch's unequal-variances t-test of mean_a = mean_b, two-sided, with its confidence interval:
 *
 *   t = (m_a − m_b) / √(v_a/n_a + v_b/n_b)
 *   df = (v_a/n_a + v_b/n_b)² / ((v_a/n_a)²/(n_a − 1) + (v_b/n_b)²/(n_b − 1))   (Welch–Satterthwaite)
 *
 * Reference: Welch BL (1947) Biometrika 34:28–35; Satterthwaite FE (1946) Biometrics Bull 2:110–114.
 * Equals R's `t.test(a, b)` (var.equal = FALSE). Null when either sample has fewer than 2
 * observations or both variances are 0.
 */
export function welchTTest(a: Moments, b: Moments, confidence = 0.95): WelchTTestResult | null {
  requireMoments(a, 'a');
  requireMoments(b, 'b');
  requireOpenUnit(confidence, 'confidence');
  if (a.n < 2 || b.n < 2) return null;
  const shareA = a.variance / a.n;
  const shareB = b.variance / b.n;
  const squaredError = shareA + shareB;
  if (squaredError === 0) return null;
  const standardError = Math.sqrt(squaredError);
  const degreesOfFreedom = squaredError ** 2 / (shareA ** 2 / (a.n - 1) + shareB ** 2 / (b.n - 1));
  const difference = a.mean - b.mean;
  const t = difference / standardError;
  const margin = tForConfidence(confidence, degreesOfFreedom) * standardError;
  return {
    t,
    degreesOfFreedom,
    pValue: tTwoSidedPValue(t, degreesOfFreedom),
    difference,
    lower: difference - margin,
    upper: difference + margin,
  };
}
