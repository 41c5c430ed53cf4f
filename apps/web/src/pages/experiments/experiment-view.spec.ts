import { describe, expect, it } from '@jest/globals';
import type { VariantResult } from '@cascade/stats';
import {
  cumulativeConversion, dateToInstant, dayLabel, dayNumber, formatInterval, formatMoneyDifference, formatPoints, formatRelative, parseMdePercent, pEquals, plotLabel,
  sampleRatioRows, shareWidth, showsHolm, variantLabel, verdictTone,
} from './experiment-view';

const variants = [{ id: 'a', label: 'Control' }, { id: 'b', label: 'Discount' }];

describe('cumulative conversion over time', () => {
  it('accumulates assignments and conversions per variant, day by day', () => {
    const series = cumulativeConversion([
      { date: '2026-11-01', variantId: 'a', assigned: 10, converted: 1 },
      { date: '2026-11-01', variantId: 'b', assigned: 10, converted: 2 },
      { date: '2026-11-02', variantId: 'a', assigned: 10, converted: 3 },
      { date: '2026-11-02', variantId: 'b', assigned: 30, converted: 2 },
    ], variants);
    expect(series.map((line) => line.label)).toEqual(['Control', 'Discount']);
    expect(series[0].points.map((point) => [point.assigned, point.converted, point.y])).toEqual([[10, 1, 0.1], [20, 4, 0.2]]);
    expect(series[1].points.map((point) => point.y)).toEqual([0.2, 0.1]);
  });

  it('fills days without assignments by carrying the totals, and leaves a gap before the first contact', () => {
    const series = cumulativeConversion([
      { date: '2026-10-30', variantId: 'a', assigned: 4, converted: 1 },
      { date: '2026-11-02', variantId: 'a', assigned: 4, converted: 1 },
      { date: '2026-11-01', variantId: 'b', assigned: 5, converted: 5 },
    ], variants);
    expect(series[0].points.map((point) => point.x)).toEqual([dayNumber('2026-10-30'), dayNumber('2026-10-31'), dayNumber('2026-11-01'), dayNumber('2026-11-02')]);
    expect(series[0].points.map((point) => point.y)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(series[1].points.map((point) => point.y)).toEqual([null, null, 1, 1]);
  });

  it('ignores rows of unknown variants and returns nothing without data', () => {
    expect(cumulativeConversion([], variants)).toEqual([]);
    const series = cumulativeConversion([{ date: '2026-11-01', variantId: 'zzz', assigned: 3, converted: 1 }], variants);
    expect(series.every((line) => line.points.every((point) => point.y === null))).toBe(true);
  });

  it('labels days in UTC', () => {
    expect(dayLabel(dayNumber('2026-11-03'))).toBe('3 Nov');
    expect(dayLabel(dayNumber('2027-01-31'))).toBe('31 Jan');
  });
});

describe('filters', () => {
  it('sends dates as UTC midnight instants with Z', () => {
    expect(dateToInstant('2026-11-01')).toBe('2026-11-01T00:00:00Z');
    expect(dateToInstant('')).toBeUndefined();
    expect(dateToInstant('2026-13-45')).toBeUndefined();
  });

  it('reads the MDE in percent as a relative share', () => {
    expect(parseMdePercent('10')).toEqual({ value: 0.1 });
    expect(parseMdePercent(' 2,5 ')).toEqual({ value: 0.025 });
    expect(parseMdePercent('')).toEqual({});
    expect(parseMdePercent('abc').error).toBeDefined();
    expect(parseMdePercent('0.01').error).toBeDefined();
    expect(parseMdePercent('1000')).toEqual({ value: 10 });
  });
});

describe('numbers in words', () => {
  it('writes differences of rates in percentage points and relative changes in percent, signed', () => {
    expect(formatPoints(0.0125)).toBe('+1.25 pp');
    expect(formatPoints(-0.003)).toBe('−0.30 pp');
    expect(formatPoints(0)).toBe('±0.00 pp');
    expect(formatPoints(null)).toBe('—');
    expect(formatRelative(0.125)).toBe('+12.5%');
    expect(formatRelative(-0.5)).toBe('−50.0%');
    expect(formatMoneyDifference(-0.345)).toBe('−0.34');
  });

  it('writes intervals as "[a, b]"', () => {
    expect(formatInterval({ lower: -0.01, upper: 0.02 }, (value) => formatPoints(value, 1))).toBe('[−1.0 pp, +2.0 pp]');
    expect(formatInterval(null, String)).toBe('—');
  });

  it('writes p-values in running text', () => {
    expect(pEquals(0.0004)).toBe('p < 0.001');
    expect(pEquals(0.0251)).toBe('p = 0.025');
    expect(pEquals(null)).toBe('p = —');
  });

  it('marks the control once in charts', () => {
    expect(plotLabel('A', true)).toBe('A (control)');
    expect(plotLabel('Control group', true)).toBe('Control group');
    expect(plotLabel('B', false)).toBe('B');
  });

  it('colours verdicts by status', () => {
    expect(verdictTone('winner')).toBe('ok');
    expect(verdictTone('leading')).toBe('accent');
    expect(verdictTone('inconclusive')).toBe('muted');
    expect(verdictTone('no_data')).toBe('muted');
    expect(verdictTone('sample_ratio_mismatch')).toBe('error');
  });

  it('shows Holm-adjusted p-values only with more than two variants', () => {
    expect(showsHolm([1, 2])).toBe(false);
    expect(showsHolm([1, 2, 3])).toBe(true);
  });

  it('clamps probability bars to 0–100', () => {
    expect(shareWidth(null)).toBe(0);
    expect(shareWidth(0.42)).toBeCloseTo(42);
    expect(shareWidth(1.2)).toBe(100);
  });
});

describe('sample ratio rows', () => {
  const results = [
    { id: 'a', label: 'Control', weight: 50, assigned: 480 },
    { id: 'b', label: 'Discount', weight: 50, assigned: 520 },
  ] as VariantResult[];

  it('puts observed and expected assignments side by side', () => {
    expect(sampleRatioRows(results, [500, 500])).toEqual([
      { id: 'a', label: 'Control', weight: 50, observed: 480, expected: 500, deviation: -0.040000000000000036 },
      { id: 'b', label: 'Discount', weight: 50, observed: 520, expected: 500, deviation: 0.040000000000000036 },
    ]);
    expect(sampleRatioRows(results, undefined).map((row) => row.expected)).toEqual([null, null]);
  });

  it('names variants by label', () => {
    expect(variantLabel(results, 'b')).toBe('Discount');
    expect(variantLabel(results, 'x')).toBe('x');
    expect(variantLabel(results, null)).toBe('—');
  });
});
