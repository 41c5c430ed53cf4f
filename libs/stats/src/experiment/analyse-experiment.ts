import { chiSquareIndependence } from '../contingency/chi-square-independence';
import { sampleRatioMismatch } from '../contingency/sample-ratio-mismatch';
import { experimentPower } from './experiment-power';
import { experimentVerdict } from './experiment-verdict';
import type { ExperimentInput, ExperimentResult } from './experiment.types';
import { validateExperimentInput } from './validate-experiment-input';
import { variantResults } from './variant-results';

/**
 * Everything an experiment report shows, from aggregate counts: per-variant Wilson rates, Newcombe
 * and Katz uplifts with Holm-adjusted z-test p-values, Bayesian P(best), Welch revenue comparison,
 * Pearson's chi-square across variants, the SRM check (Fabijan et al. 2019), the sample still
 * needed for the wanted power, and a verdict sentence. Pure: same input, same result.
 */
export function analyseExperiment(input: ExperimentInput): ExperimentResult {
  const settings = validateExperimentInput(input);
  const variants = variantResults(settings);
  const sampleRatio = sampleRatioMismatch(
    variants.map((variant) => variant.assigned),
    variants.map((variant) => variant.weight),
    settings.srmThreshold,
  );
  const power = experimentPower(variants, settings);
  return {
    variants,
    chiSquare: chiSquareIndependence(variants.map((variant) => [variant.converted, variant.assigned - variant.converted])),
    sampleRatio,
    power,
    verdict: experimentVerdict({ variants, sampleRatio, power, settings }),
  };
}
