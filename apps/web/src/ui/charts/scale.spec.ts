import { describe, expect, it } from '@jest/globals';
import { dayLabel, dayNumber } from './days';
import { extent, linePath, linearScale, niceStep, niceTicks } from './scale';

describe('chart scales', () => {
  it('maps a domain linearly onto a range, inverted ranges included', () => {
    const x = linearScale([0, 10], [100, 200]);
    expect(x(0)).toBe(100);
    expect(x(5)).toBe(150);
    expect(x(10)).toBe(200);
    const y = linearScale([0, 1], [180, 10]);
    expect(y(0)).toBe(180);
    expect(y(1)).toBe(10);
  });

  it('maps a degenerate domain to the middle of the range', () => {
    expect(linearScale([3, 3], [0, 100])(3)).toBe(50);
  });

  it('finds the extent of the finite values only', () => {
    expect(extent([3, null, -1, undefined, NaN, 7])).toEqual([-1, 7]);
    expect(extent([null, undefined])).toBeNull();
  });

  it('picks 1, 2 or 5 × 10^k steps', () => {
    expect(niceStep(1, 5)).toBeCloseTo(0.2);
    expect(niceStep(0.047, 5)).toBeCloseTo(0.01);
    expect(niceStep(730, 4)).toBe(200);
  });

  it('rounds the domain outwards onto ticks without float noise', () => {
    expect(niceTicks(0, 0.27, 5)).toEqual({ domain: [0, 0.3], ticks: [0, 0.1, 0.2, 0.3] });
    expect(niceTicks(0, 0.27, 10).ticks).toEqual([0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3]);
    expect(niceTicks(0.031, 0.088, 4)).toEqual({ domain: [0.02, 0.1], ticks: [0.02, 0.04, 0.06, 0.08, 0.1] });
    expect(niceTicks(5, 5).ticks.length).toBeGreaterThan(1);
    expect(niceTicks(0, 0).domain[0]).toBeLessThan(0);
  });

  it('breaks a line where values are missing', () => {
    expect(linePath([{ x: 0, y: 1 }, { x: 1, y: 2 }, { x: 2, y: null }, { x: 3, y: 4 }, { x: 4, y: 5.555 }])).toBe('M0,1L1,2M3,4L4,5.56');
    expect(linePath([])).toBe('');
  });
});

describe('days', () => {
  it('numbers UTC days and labels them', () => {
    expect(dayNumber('2026-11-02') - dayNumber('2026-11-01')).toBe(1);
    expect(dayNumber('2026-11-02T00:00:00.000Z')).toBe(dayNumber('2026-11-02'));
    expect(dayLabel(dayNumber('2026-03-29'))).toBe('29 Mar');
  });
});
