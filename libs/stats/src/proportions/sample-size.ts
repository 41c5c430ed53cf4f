import { zQuantile } from '../distributions/normal.util';
import { requireFinite, requireOpenUnit } from '../validate-input.util';

export interface SampleSizeInput {
  /** Conversion rate of the control, in (0, 1). */
  baseline: number;
  /** Smallest absolute difference worth detecting (0.01 = one percentage point). */
  minimumDetectableEffect: number;
  /** Two-sided significance level; 0.05 by default. */
  alpha?: number;
  /** 1 − β; 0.8 by default. */
  power?: number;
}

/**
 * Contacts per variant for a two-sided two-proportion test, not rounded up:
 *
 *   n = (z_{1−α/2}·√(2·p̄·q̄) + z_{1−β}·√(p₁q₁ + p₂q₂))² / (p₂ − p₁)²,   p̄ = (p₁ + p₂)/2
 *
 * with p₁ = baseline and p₂ = baseline + mde (baseline − mde when that would pass 1).
 * Reference: Fleiss JL, Levin B, Paik MC (2003) Statistical Methods for Rates and Proportions,
 * 3rd ed., ch. 4 (the formula without continuity correction); the same n as R's `power.prop.test`.
 * Null when the effect is not positive or a rate falls outside (0, 1).
 */
export function sampleSizeExact(input: SampleSizeInput): number | null {
  const { baseline, minimumDetectableEffect: effect, alpha = 0.05, power = 0.8 } = input;
  requireFinite(baseline, 'baseline');
  requireFinite(effect, 'minimumDetectableEffect');
  requireOpenUnit(alpha, 'alpha');
  requireOpenUnit(power, 'power');
  if (effect <= 0 || baseline <= 0 || baseline >= 1) return null;
  const p1 = baseline;
  const p2 = baseline + effect <= 1 ? baseline + effect : baseline - effect;
  if (p2 < 0) return null;
  const mean = (p1 + p2) / 2;
  const underNull = zQuantile(1 - alpha / 2) * Math.sqrt(2 * mean * (1 - mean));
  const underAlternative = zQuantile(power) * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  return (underNull + underAlternative) ** 2 / (p2 - p1) ** 2;
}

/** `sampleSizeExact` rounded up to whole contacts. */
export function sampleSizePerVariant(input: SampleSizeInput): number | null {
  const exact = sampleSizeExact(input);
  return exact === null ? null : Math.ceil(exact);
}
