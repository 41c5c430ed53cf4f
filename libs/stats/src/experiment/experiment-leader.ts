import type { VariantResult } from './experiment.types';

/**
 * The variant most likely to be best, and what it is compared with: the control, or, when the
 * control leads, the strongest challenger. Ties go to the control (changing nothing is the default).
 * Null while no probabilities exist (nothing assigned).
 */
export function experimentLeader(variants: readonly VariantResult[]): { leader: VariantResult; rival: VariantResult } | null {
  const control = variants.find((variant) => variant.isControl);
  if (!control || control.probabilityToBeBest === null) return null;
  const challengers = variants.filter((variant) => !variant.isControl);
  const bestChallenger = challengers.reduce((best, variant) =>
    (variant.probabilityToBeBest ?? 0) > (best.probabilityToBeBest ?? 0) ? variant : best);
  return (bestChallenger.probabilityToBeBest ?? 0) > control.probabilityToBeBest
    ? { leader: bestChallenger, rival: control }
    : { leader: control, rival: bestChallenger };
}
