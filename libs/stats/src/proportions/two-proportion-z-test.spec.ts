import { expectClose4, expectPrinted } from '../expect-close.test-helpers';
import { twoProportionZTest } from './two-proportion-z-test';

describe('twoProportionZTest', () => {
  it('squares to R prop.test X-squared and shares its p-value (Newcombe example (a))', () => {
    // R: prop.test(c(56, 48), c(70, 80), correct = FALSE)
    //   → X-squared = 7.0234, df = 1, p-value = 0.008045 (full: 7.023411371, 0.008045081368)
    const test = twoProportionZTest({ successes: 56, trials: 70 }, { successes: 48, trials: 80 });
    expectPrinted((test?.z ?? 0) ** 2, '7.0234');
    expectPrinted(test?.pValue, '0.008045');
    expect(test?.z).toBeGreaterThan(0);
  });

  it('keeps the digits of a tiny p-value (aspirin data)', () => {
    // R: prop.test(c(189, 104), c(11034, 11037), correct = FALSE)
    //   → X-squared = 25.014, p-value = 5.692e-07 (full: 25.01388397, 5.691896974e-07)
    const test = twoProportionZTest({ successes: 189, trials: 11_034 }, { successes: 104, trials: 11_037 });
    expectClose4((test?.z ?? 0) ** 2, 25.01388397);
    expectPrinted(test?.pValue, '5.692e-07');
  });

  it('has z negative when the treatment converts less', () => {
    expect(twoProportionZTest({ successes: 48, trials: 80 }, { successes: 56, trials: 70 })?.z).toBeLessThan(0);
  });

  it('is null when a group has no trials or the pooled rate is 0 or 1', () => {
    expect(twoProportionZTest({ successes: 0, trials: 0 }, { successes: 3, trials: 10 })).toBeNull();
    expect(twoProportionZTest({ successes: 0, trials: 10 }, { successes: 0, trials: 10 })).toBeNull();
    expect(twoProportionZTest({ successes: 10, trials: 10 }, { successes: 5, trials: 5 })).toBeNull();
  });
});
