import { expectClose4 } from '../expect-close.test-helpers';
import { StatsInputError } from '../stats-input.error';
import { sampleRatioMismatch } from './sample-ratio-mismatch';

describe('sampleRatioMismatch', () => {
  it('flags 5,500 / 4,500 against 50/50 and keeps the digits of its tiny p-value', () => {
    // R: chisq.test(c(5500, 4500), p = c(.5, .5)) → X-squared = 100, p = 1.523970605e-23
    const check = sampleRatioMismatch([5_500, 4_500], [50, 50]);
    expectClose4(check?.statistic, 100);
    expectClose4(check?.pValue, 1.523970605e-23);
    expect(check?.mismatch).toBe(true);
    expect(check?.expected).toEqual([5_000, 5_000]);
  });

  it('accepts 5,030 / 4,970 as chance', () => {
    // R: chisq.test(c(5030, 4970), p = c(.5, .5)) → X-squared = 0.36, p = 0.5485062355
    const check = sampleRatioMismatch([5_030, 4_970], [1, 1]);
    expectClose4(check?.pValue, 0.5485062355);
    expect(check?.mismatch).toBe(false);
  });

  it('reads weights on any scale and honours the threshold', () => {
    // R: chisq.test(c(3400, 3300, 3300), p = c(1, 1, 1) / 3) → X-squared = 2, p = 0.3678794412
    expect(sampleRatioMismatch([3_400, 3_300, 3_300], [20, 20, 20])?.expected).toEqual([10_000 / 3, 10_000 / 3, 10_000 / 3]);
    expect(sampleRatioMismatch([3_400, 3_300, 3_300], [1, 1, 1], 0.5)?.mismatch).toBe(true);
    expect(sampleRatioMismatch([9_000, 1_000], [90, 10])?.mismatch).toBe(false);
  });

  it('is null before any assignment', () => {
    expect(sampleRatioMismatch([0, 0], [50, 50])).toBeNull();
  });

  it('refuses weights that are not positive', () => {
    expect(() => sampleRatioMismatch([10, 10], [50, 0])).toThrow(StatsInputError);
    expect(() => sampleRatioMismatch([10, 10], [50, -50])).toThrow('weights[1]');
    expect(() => sampleRatioMismatch([10, 10], [50, 50], 0)).toThrow('threshold');
  });
});
