import { probabilityToBeBest } from '../bayes/probability-to-be-best';
import { momentsFromSums } from '../means/moments-from-sums';
import { welchTTest } from '../means/welch-t-test';
import { holmAdjust } from '../multiple-testing/holm-adjust';
import { newcombeDifference } from '../proportions/newcombe-difference';
import { riskRatioInterval } from '../proportions/risk-ratio-interval';
import { twoProportionZTest } from '../proportions/two-proportion-z-test';
import { wilsonInterval } from '../proportions/wilson-interval';
import type { Counts } from '../stats.types';
import type { RevenueResult, Uplift, VariantData, VariantResult } from './experiment.types';
import type { ExperimentSettings } from './validate-experiment-input';

/** Per-variant figures: rate and interval, uplift over the control, P(best) and revenue. */
export function variantResults(settings: ExperimentSettings): VariantResult[] {
  const { variants, controlId, confidence } = settings;
  const control = variants.find((variant) => variant.id === controlId) as VariantData;
  const uplifts = variants.map((variant) => (variant === control ? null : upliftOf(variant, control, confidence)));
  // Holm over the challengers only: the control has no test of its own.
  const adjusted = holmAdjust(uplifts.map((uplift, i) => (variants[i] === control ? null : uplift?.pValue ?? null)));
  const anyAssigned = variants.some((variant) => variant.assigned > 0);
  const probabilities = anyAssigned ? probabilityToBeBest(variants.map(countsOf)) : null;
  return variants.map((variant, i) => ({
    id: variant.id,
    label: variant.label ?? variant.id,
    weight: variant.weight,
    isControl: variant === control,
    assigned: variant.assigned,
    converted: variant.converted,
    rate: variant.assigned > 0 ? variant.converted / variant.assigned : null,
    interval: wilsonInterval(countsOf(variant), confidence),
    uplift: uplifts[i] && { ...uplifts[i], adjustedPValue: adjusted[i] },
    probabilityToBeBest: probabilities ? probabilities[i] : null,
    revenue: revenueOf(variant, variant === control ? null : control, confidence),
  }));
}

function upliftOf(variant: VariantData, control: VariantData, confidence: number): Uplift | null {
  const difference = newcombeDifference(countsOf(variant), countsOf(control), confidence);
  if (!difference) return null;
  const ratio = riskRatioInterval(countsOf(variant), countsOf(control), confidence);
  const controlRate = control.converted / control.assigned;
  return {
    absolute: difference.estimate,
    absoluteInterval: { lower: difference.lower, upper: difference.upper },
    relative: controlRate > 0 ? variant.converted / variant.assigned / controlRate - 1 : null,
    relativeInterval: ratio && { lower: ratio.lower - 1, upper: ratio.upper - 1 },
    pValue: twoProportionZTest(countsOf(variant), countsOf(control))?.pValue ?? null,
    adjustedPValue: null,
  };
}

function revenueOf(variant: VariantData, control: VariantData | null, confidence: number): RevenueResult {
  const moments = momentsFromSums(variant.assigned, variant.revenue.sum, variant.revenue.sumOfSquares);
  const test = control && welchTTest(
    moments,
    momentsFromSums(control.assigned, control.revenue.sum, control.revenue.sumOfSquares),
    confidence,
  );
  return {
    total: variant.revenue.sum,
    perContact: variant.assigned > 0 ? moments.mean : null,
    vsControl: test && { difference: test.difference, interval: { lower: test.lower, upper: test.upper }, pValue: test.pValue },
  };
}

function countsOf(variant: VariantData): Counts {
  return { successes: variant.converted, trials: variant.assigned };
}
