import { expectPrinted } from '../expect-close.test-helpers';
import { StatsInputError } from '../stats-input.error';
import { chiSquareGoodnessOfFit } from './chi-square-goodness-of-fit';

// The "Testing for population probabilities" examples of R's ?chisq.test, output of R 4.2.2.
describe('chiSquareGoodnessOfFit', () => {
  it('equal shares: chisq.test(c(A = 20, B = 15, C = 25))', () => {
    // → X-squared = 2.5, df = 2, p-value = 0.2865
    const test = chiSquareGoodnessOfFit([20, 15, 25], [1, 1, 1]);
    expectPrinted(test?.statistic, '2.5');
    expect(test?.degreesOfFreedom).toBe(2);
    expectPrinted(test?.pValue, '0.2865');
  });

  it('shares on any scale: chisq.test(c(89, 37, 30, 28, 2), p = c(40, 20, 20, 15, 5), rescale.p = TRUE)', () => {
    // → X-squared = 9.9901, df = 4, p-value = 0.04059
    const test = chiSquareGoodnessOfFit([89, 37, 30, 28, 2], [40, 20, 20, 15, 5]);
    expectPrinted(test?.statistic, '9.9901');
    expect(test?.degreesOfFreedom).toBe(4);
    expectPrinted(test?.pValue, '0.04059');
  });

  it('probabilities: chisq.test(c(89, 37, 30, 28, 2), p = c(0.40, 0.20, 0.20, 0.19, 0.01))', () => {
    // → X-squared = 5.7947, df = 4, p-value = 0.215
    const test = chiSquareGoodnessOfFit([89, 37, 30, 28, 2], [0.4, 0.2, 0.2, 0.19, 0.01]);
    expectPrinted(test?.statistic, '5.7947');
    expectPrinted(test?.pValue, '0.215');
  });

  it('is null with no observations or a single category', () => {
    expect(chiSquareGoodnessOfFit([0, 0], [1, 1])).toBeNull();
    expect(chiSquareGoodnessOfFit([12], [1])).toBeNull();
  });

  it('refuses shares that are not positive and mismatched lengths', () => {
    expect(() => chiSquareGoodnessOfFit([1, 2], [1, 0])).toThrow(StatsInputError);
    expect(() => chiSquareGoodnessOfFit([1, 2], [1, 0])).toThrow('expectedShares[1]');
    expect(() => chiSquareGoodnessOfFit([1, 2, 3], [1, 1])).toThrow('expectedShares');
    expect(() => chiSquareGoodnessOfFit([1, -2], [1, 1])).toThrow('observed[1]');
  });
});
