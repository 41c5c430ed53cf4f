import { expectClose4 } from '../expect-close.test-helpers';
import { StatsInputError } from '../stats-input.error';
import { riskRatioInterval } from './risk-ratio-interval';

describe('riskRatioInterval', () => {
  it('matches the Katz interval for the Physicians\' Health Study aspirin data', () => {
    // Myocardial infarction: placebo 189/11,034, aspirin 104/11,037 (Agresti A (2007) An Introduction
    // to Categorical Data Analysis, 2nd ed., Table 2.3; relative risk 1.82 there). Katz interval in R:
    //   a <- 189; n1 <- 11034; c <- 104; n2 <- 11037; rr <- (a/n1)/(c/n2)
    //   se <- sqrt(1/a - 1/n1 + 1/c - 1/n2); exp(log(rr) + c(-1, 1) * qnorm(0.975) * se)
    //   → rr = 1.817802, interval 1.433031 2.305884
    const ratio = riskRatioInterval({ successes: 189, trials: 11_034 }, { successes: 104, trials: 11_037 });
    expect(ratio?.estimate.toFixed(2)).toBe('1.82');
    expectClose4(ratio?.estimate, 1.817802);
    expectClose4(ratio?.lower, 1.433031);
    expectClose4(ratio?.upper, 2.305884);
  });

  it('is null when a success count is 0', () => {
    expect(riskRatioInterval({ successes: 0, trials: 100 }, { successes: 5, trials: 100 })).toBeNull();
    expect(riskRatioInterval({ successes: 5, trials: 100 }, { successes: 0, trials: 100 })).toBeNull();
  });

  it('refuses a confidence outside (0, 1)', () => {
    expect(() => riskRatioInterval({ successes: 1, trials: 2 }, { successes: 1, trials: 2 }, 0)).toThrow(StatsInputError);
  });
});
