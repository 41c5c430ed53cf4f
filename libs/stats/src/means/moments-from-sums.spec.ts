import { expectClose4 } from '../expect-close.test-helpers';
import { StatsInputError } from '../stats-input.error';
import { momentsFromSums } from './moments-from-sums';

describe('momentsFromSums', () => {
  it('gives the sample mean and (n − 1) variance', () => {
    // R: x <- sleep$extra[sleep$group == 1]; c(length(x), sum(x), sum(x^2), mean(x), var(x))
    //   → 10, 7.5, 34.43, 0.75, 3.200555556
    const moments = momentsFromSums(10, 7.5, 34.43);
    expect(moments.n).toBe(10);
    expectClose4(moments.mean, 0.75);
    expectClose4(moments.variance, 3.200555556);
  });

  it('reports 0, not rounding noise, for constant data far from zero', () => {
    const n = 1_000;
    const value = 1e6 + 0.1;
    let sum = 0;
    let sumOfSquares = 0;
    for (let i = 0; i < n; i++) {
      sum += value;
      sumOfSquares += value * value;
    }
    expect(momentsFromSums(n, sum, sumOfSquares).variance).toBe(0);
  });

  it('keeps a real spread next to a large mean', () => {
    // 0/1 conversion revenue of 100: 50 converters of 1,000 → variance 100²·0.05·0.95·1000/999
    expectClose4(momentsFromSums(1_000, 5_000, 500_000).variance, (10_000 * 0.05 * 0.95 * 1_000) / 999);
  });

  it('has variance 0 below two observations', () => {
    expect(momentsFromSums(1, 5, 25)).toEqual({ n: 1, mean: 5, variance: 0 });
    expect(momentsFromSums(0, 0, 0)).toEqual({ n: 0, mean: 0, variance: 0 });
  });

  it('refuses sums no sample could produce', () => {
    expect(() => momentsFromSums(0, 3, 9)).toThrow(StatsInputError);
    expect(() => momentsFromSums(2, 10, 1)).toThrow('sumOfSquares');
    expect(() => momentsFromSums(-1, 0, 0)).toThrow('n');
    expect(() => momentsFromSums(2, Number.NaN, 1)).toThrow('sum');
  });
});
