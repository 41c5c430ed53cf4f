import { requireOpenUnit } from '../validate-input.util';
import { goodnessOfFit } from './chi-square-goodness-of-fit';

export interface SampleRatioCheck {
  statistic: number;
  pValue: number;
  /** True when pValue < threshold: the split differs from the configured weights beyond chance. */
  mismatch: boolean;
  /** Assignments the weights predict, for display next to the actual ones. */
  expected: number[];
}

/**
 * Sample ratio mismatch (SRM) check: a chi-square goodness-of-fit test of assignment counts
 * against the configured weights (any positive scale), flagged when p < threshold (0.001 by
 * default, strict because the check runs on every experiment and a false alarm stops it).
 * Reference: Fabijan A et al. (2019) "Diagnosing Sample Ratio Mismatch in Online Controlled
 * Experiments: A Taxonomy and Rules of Thumb for Practitioners", KDD '19, 2156–2164.
 * Null when nothing is assigned yet or there is a single variant.
 */
export function sampleRatioMismatch(assigned: number[], weights: number[], threshold = 0.001): SampleRatioCheck | null {
  requireOpenUnit(threshold, 'threshold');
  const fit = goodnessOfFit(assigned, weights, { observed: 'assigned', shares: 'weights' });
  if (!fit) return null;
  return {
    statistic: fit.result.statistic,
    pValue: fit.result.pValue,
    mismatch: fit.result.pValue < threshold,
    expected: fit.expected,
  };
}
