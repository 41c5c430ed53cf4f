import { sampleSizePerVariant } from '../proportions/sample-size';
import { experimentLeader } from './experiment-leader';
import type { ExperimentPower, VariantResult } from './experiment.types';
import type { ExperimentSettings } from './validate-experiment-input';

/**
 * How many contacts each variant needs to detect the effect with the wanted power (two-sided,
 * α = 1 − confidence; see `sampleSizePerVariant`), and how many are still missing. The effect is
 * the relative MDE when given, else the observed difference between the leader and its rival.
 * Null when it cannot be computed: no control rate yet, a control rate of 0 or 1, or no difference.
 */
export function experimentPower(variants: readonly VariantResult[], settings: ExperimentSettings): ExperimentPower | null {
  const control = variants.find((variant) => variant.isControl);
  const baselineRate = control?.rate ?? null;
  if (baselineRate === null || baselineRate <= 0 || baselineRate >= 1) return null;
  const effect = absoluteEffect(variants, baselineRate, settings.minimumDetectableEffect);
  if (effect === null || effect <= 0) return null;
  const neededPerVariant = sampleSizePerVariant({
    baseline: baselineRate,
    minimumDetectableEffect: effect,
    alpha: 1 - settings.confidence,
    power: settings.power,
  });
  if (neededPerVariant === null) return null;
  return {
    baselineRate,
    minimumDetectableEffect: effect,
    relativeEffect: effect / baselineRate,
    neededPerVariant,
    remaining: variants.reduce((sum, variant) => sum + Math.max(0, neededPerVariant - variant.assigned), 0),
  };
}

function absoluteEffect(variants: readonly VariantResult[], baselineRate: number, relative: number | undefined): number | null {
  if (relative !== undefined) return baselineRate * relative;
  const pair = experimentLeader(variants);
  if (!pair || pair.leader.rate === null || pair.rival.rate === null) return null;
  return Math.abs(pair.leader.rate - pair.rival.rate);
}
