import { AnalyticsError } from './analytics.error';
import { parseAnalyticsPeriod, previousPeriod } from './analytics-period';
import { requireTimezone } from './analytics-settings';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
};

describe('parseAnalyticsPeriod', () => {
  it('normalises instants with any zone to UTC', () => {
    expect(parseAnalyticsPeriod({ from: '2026-01-01T00:00:00+03:00', to: '2026-02-01T00:00Z' }))
      .toEqual({ from: '2025-12-31T21:00:00.000Z', to: '2026-02-01T00:00:00.000Z' });
  });

  it.each([
    ['yesterday'], ['2026-01-01'], ['2026-01-01T00:00:00'], ['2026-02-30T00:00:00Z'], ['2026-13-01T00:00:00Z'], [1767225600000], [undefined],
  ])('refuses %p as from, naming the field', (from) => {
    const error = refusal(() => parseAnalyticsPeriod({ from, to: '2026-02-01T00:00:00Z' }));
    expect(error).toBeInstanceOf(AnalyticsError);
    expect(error).toMatchObject({ code: 'analytics_period_invalid', field: 'from', message: expect.stringContaining('from must be') });
  });

  it('refuses from at or after to', () => {
    for (const to of ['2026-01-01T00:00:00Z', '2025-12-31T23:59:59Z']) {
      expect(refusal(() => parseAnalyticsPeriod({ from: '2026-01-01T00:00:00Z', to })))
        .toMatchObject({ code: 'analytics_period_invalid', field: 'to', message: 'to must be later than from' });
    }
  });

  it('accepts ten years and refuses a millisecond more', () => {
    expect(parseAnalyticsPeriod({ from: '2016-02-29T00:00:00Z', to: '2026-02-28T00:00:00Z' }).to).toBe('2026-02-28T00:00:00.000Z');
    expect(parseAnalyticsPeriod({ from: '2016-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }).from).toBe('2016-01-01T00:00:00.000Z');
    expect(refusal(() => parseAnalyticsPeriod({ from: '2016-01-01T00:00:00Z', to: '2026-01-01T00:00:00.001Z' })))
      .toMatchObject({ code: 'analytics_period_invalid', field: 'to', message: expect.stringContaining('10 years') });
  });
});

describe('previousPeriod', () => {
  it('is the period of the same length just before', () => {
    expect(previousPeriod({ from: '2026-03-01T00:00:00.000Z', to: '2026-03-31T00:00:00.000Z' }))
      .toEqual({ from: '2026-01-30T00:00:00.000Z', to: '2026-03-01T00:00:00.000Z' });
  });
});

describe('requireTimezone', () => {
  it('accepts IANA names and refuses offsets, POSIX strings and unknown zones', () => {
    expect(requireTimezone('Europe/Moscow')).toBe('Europe/Moscow');
    expect(requireTimezone('UTC')).toBe('UTC');
    for (const zone of ['+03:00', 'Mars/Olympus', '', 3]) {
      expect(refusal(() => requireTimezone(zone))).toMatchObject({ code: 'analytics_timezone_invalid', field: 'timezone' });
    }
  });
});
