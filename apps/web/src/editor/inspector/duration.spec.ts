/// <reference types="jest" />
import { describeDuration, formatDuration, parseAmount, parseDurationParts } from './duration';

describe('duration input model', () => {
  it.each([
    ['PT30M', { amount: 30, unit: 'minutes', negative: false }],
    ['PT24H', { amount: 24, unit: 'hours', negative: false }],
    ['P3D', { amount: 3, unit: 'days', negative: false }],
    ['P2W', { amount: 2, unit: 'weeks', negative: false }],
    ['-P1D', { amount: 1, unit: 'days', negative: true }],
    ['P1DT12H', { amount: 36, unit: 'hours', negative: false }],
    ['PT120S', { amount: 2, unit: 'minutes', negative: false }],
    ['PT0S', { amount: 0, unit: 'minutes', negative: false }],
  ])('reads %s', (text, parts) => {
    expect(parseDurationParts(text)).toEqual(parts);
  });

  it.each(['P1M', 'P1Y', 'PT30S', 'P', 'PT', '30m', '', 'P1W2D', 'P1.5D'])('shows %s as text', (text) => {
    expect(parseDurationParts(text)).toBeNull();
  });

  it('rejects what is not text', () => {
    expect(parseDurationParts(undefined)).toBeNull();
    expect(parseDurationParts(5)).toBeNull();
  });

  it('writes ISO-8601 in the chosen unit', () => {
    expect(formatDuration({ amount: 30, unit: 'minutes', negative: false })).toBe('PT30M');
    expect(formatDuration({ amount: 24, unit: 'hours', negative: false })).toBe('PT24H');
    expect(formatDuration({ amount: 3, unit: 'days', negative: false })).toBe('P3D');
    expect(formatDuration({ amount: 2, unit: 'weeks', negative: false })).toBe('P2W');
    expect(formatDuration({ amount: 3, unit: 'days', negative: true })).toBe('-P3D');
    expect(formatDuration({ amount: 0, unit: 'days', negative: true })).toBe('P0D');
  });

  it('round-trips every single-unit value', () => {
    for (const text of ['PT5M', 'PT48H', 'P7D', 'P1W', '-PT2H']) expect(formatDuration(parseDurationParts(text)!)).toBe(text);
  });

  it('accepts whole amounts only', () => {
    expect(parseAmount('12')).toBe(12);
    expect(parseAmount(' 3 ')).toBe(3);
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('-1')).toBeNull();
    expect(parseAmount('1.5')).toBeNull();
  });

  it('describes in words', () => {
    expect(describeDuration('P1D')).toBe('1 day');
    expect(describeDuration('P30D')).toBe('30 days');
    expect(describeDuration('-PT3H')).toBe('3 hours before');
    expect(describeDuration('P11M')).toBe('P11M');
  });
});
