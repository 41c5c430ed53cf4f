/** Binomial data: `successes` of `trials` (whole numbers, successes ≤ trials). */
export interface Counts {
  successes: number;
  trials: number;
}

export interface Interval {
  lower: number;
  upper: number;
}

/** Summary of a sample: size, mean and sample variance (divisor n − 1). */
export interface Moments {
  n: number;
  mean: number;
  variance: number;
}

/** A point estimate with its confidence interval. */
export interface Estimate extends Interval {
  estimate: number;
}

/** A chi-square test result. */
export interface ChiSquareResult {
  statistic: number;
  degreesOfFreedom: number;
  pValue: number;
}
