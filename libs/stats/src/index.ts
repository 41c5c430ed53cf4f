export { StatsInputError } from './stats-input.error';
export type { ChiSquareResult, Counts, Estimate, Interval, Moments } from './stats.types';

export { wilsonInterval } from './proportions/wilson-interval';
export { newcombeDifference } from './proportions/newcombe-difference';
export { riskRatioInterval } from './proportions/risk-ratio-interval';
export { twoProportionZTest } from './proportions/two-proportion-z-test';
export { sampleSizeExact, sampleSizePerVariant, type SampleSizeInput } from './proportions/sample-size';

export { chiSquareIndependence } from './contingency/chi-square-independence';
export { chiSquareGoodnessOfFit } from './contingency/chi-square-goodness-of-fit';
export { sampleRatioMismatch, type SampleRatioCheck } from './contingency/sample-ratio-mismatch';

export { probabilityToBeBest, type BetaPrior } from './bayes/probability-to-be-best';

export { momentsFromSums } from './means/moments-from-sums';
export { welchTTest, type WelchTTestResult } from './means/welch-t-test';

export { holmAdjust } from './multiple-testing/holm-adjust';

export { seededRandom, SeededRandom } from './random/seeded-random';

export { analyseExperiment } from './experiment/analyse-experiment';
export { winnerByRule } from './experiment/winner-by-rule';
export type {
  ExperimentInput, ExperimentPower, ExperimentResult, RevenueResult, RuleWinner, Uplift, VariantData, VariantResult,
  Verdict, VerdictStatus, WinnerRule,
} from './experiment/experiment.types';
