import { formatCount, formatList, formatPoints, formatProbability, formatPValue, formatRelative, formatShares } from './format-figures.util';

describe('format figures', () => {
  it('never rounds a probability up', () => {
    expect(formatProbability(0.979)).toBe('97%');
    expect(formatProbability(0.29)).toBe('29%');
    expect(formatProbability(0.99)).toBe('99%');
    expect(formatProbability(0.9901)).toBe('more than 99%');
    expect(formatProbability(1)).toBe('more than 99%');
    expect(formatProbability(0.004)).toBe('0%');
  });

  it('writes counts and shares en-US', () => {
    expect(formatCount(1_234_567)).toBe('1,234,567');
    expect(formatShares([50, 50])).toEqual(['50%', '50%']);
    expect(formatShares([1, 2])).toEqual(['33.3%', '66.7%']);
  });

  it('signs effects', () => {
    expect(formatPoints(0.01)).toBe('+1.0 percentage points');
    expect(formatPoints(-0.0123)).toBe('−1.2 percentage points');
    expect(formatPoints(-0.0123, { signed: false })).toBe('1.2 percentage points');
    expect(formatRelative(0.2)).toBe('+20%');
    expect(formatRelative(0.045)).toBe('+4.5%');
    expect(formatRelative(-1.5)).toBe('−150%');
  });

  it('writes p-values and lists', () => {
    expect(formatPValue(1e-23)).toBe('p < 0.001');
    expect(formatPValue(0.0042)).toBe('p = 0.004');
    expect(formatList(['A'])).toBe('A');
    expect(formatList(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
