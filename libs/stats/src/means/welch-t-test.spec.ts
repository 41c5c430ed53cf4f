import { expectClose4, expectPrinted } from '../expect-close.test-helpers';
import { StatsInputError } from '../stats-input.error';
import { momentsFromSums } from './moments-from-sums';
import { welchTTest } from './welch-t-test';

/** R's `sleep` data (Student 1908): extra hours of sleep under each of two drugs. */
const SLEEP_GROUP_1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const SLEEP_GROUP_2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

function momentsOf(values: number[]) {
  return momentsFromSums(values.length, values.reduce((s, x) => s + x, 0), values.reduce((s, x) => s + x * x, 0));
}

describe('welchTTest', () => {
  it('matches the ?t.test sleep example', () => {
    // R: t.test(extra ~ group, data = sleep)
    //   → t = -1.8608, df = 17.776, p-value = 0.07939
    //     95 percent confidence interval: -3.3654832  0.2054832
    const test = welchTTest(momentsOf(SLEEP_GROUP_1), momentsOf(SLEEP_GROUP_2));
    expectPrinted(test?.t, '-1.8608');
    expectPrinted(test?.degreesOfFreedom, '17.776');
    expectPrinted(test?.pValue, '0.07939');
    expectPrinted(test?.lower, '-3.3654832');
    expectPrinted(test?.upper, '0.2054832');
    expectClose4(test?.difference, 0.75 - 2.33);
  });

  it('handles one sample without spread', () => {
    // R: t.test(c(1, 2, 3, 4), c(2, 2, 2, 2))
    //   → t = 0.7745966692, df = 3, p = 0.4950253461, CI -1.5542602568 2.5542602568
    const test = welchTTest(momentsOf([1, 2, 3, 4]), momentsOf([2, 2, 2, 2]));
    expectClose4(test?.t, 0.7745966692);
    expectClose4(test?.degreesOfFreedom, 3);
    expectClose4(test?.pValue, 0.4950253461);
    expectClose4(test?.lower, -1.5542602568);
    expectClose4(test?.upper, 2.5542602568);
  });

  it('is null with fewer than 2 observations in a group or no variance at all', () => {
    expect(welchTTest({ n: 1, mean: 3, variance: 0 }, { n: 10, mean: 2, variance: 1 })).toBeNull();
    expect(welchTTest({ n: 5, mean: 3, variance: 0 }, { n: 5, mean: 2, variance: 0 })).toBeNull();
  });

  it('refuses negative variances and non-finite means', () => {
    expect(() => welchTTest({ n: 5, mean: 3, variance: -1 }, { n: 5, mean: 2, variance: 1 })).toThrow(StatsInputError);
    expect(() => welchTTest({ n: 5, mean: 3, variance: 1 }, { n: 5, mean: Number.NaN, variance: 1 })).toThrow('b.mean');
  });
});
