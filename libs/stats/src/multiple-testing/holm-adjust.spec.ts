import { expectClose4 } from '../expect-close.test-helpers';
import { StatsInputError } from '../stats-input.error';
import { holmAdjust } from './holm-adjust';

describe('holmAdjust', () => {
  it('matches R p.adjust(method = "holm")', () => {
    // R: p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.20), method = "holm") → 0.040 0.090 0.090 0.025 0.200
    const adjusted = holmAdjust([0.01, 0.04, 0.03, 0.005, 0.2]);
    [0.04, 0.09, 0.09, 0.025, 0.2].forEach((expected, i) => expectClose4(adjusted[i], expected));
  });

  it('passes nulls through like R passes NA, without counting them', () => {
    // R: p.adjust(c(0.01, NA, 0.04, 0.03), method = "holm") → 0.03 NA 0.06 0.06
    const adjusted = holmAdjust([0.01, null, 0.04, 0.03]);
    expect(adjusted[1]).toBeNull();
    expectClose4(adjusted[0], 0.03);
    expectClose4(adjusted[2], 0.06);
    expectClose4(adjusted[3], 0.06);
  });

  it('caps at 1 and keeps an empty list empty', () => {
    expect(holmAdjust([0.6, 0.7])).toEqual([1, 1]);
    expect(holmAdjust([])).toEqual([]);
  });

  it('refuses values that are not probabilities', () => {
    expect(() => holmAdjust([0.1, 1.5])).toThrow(StatsInputError);
    expect(() => holmAdjust([0.1, Number.NaN])).toThrow('pValues[1]');
  });
});
