import { describe, expect, it } from '@jest/globals';
import { averageRetention, cohortGrid, describePeriod, heatStyle, lastMonths, monthLabel, presetPeriod, timeZoneChoices } from './analytics-view';

const now = new Date('2026-11-23T15:30:00Z');

describe('report periods', () => {
  it('ends the presets at the next UTC midnight, as instants with Z', () => {
    expect(presetPeriod('last90', now)).toEqual({ period: { from: '2026-08-26T00:00:00Z', to: '2026-11-24T00:00:00Z' } });
    expect(presetPeriod('last12months', now)).toEqual({ period: { from: '2025-12-01T00:00:00Z', to: '2026-11-24T00:00:00Z' } });
    expect(presetPeriod('last12months', new Date('2026-01-05T00:00:00Z'))).toEqual({ period: { from: '2025-02-01T00:00:00Z', to: '2026-01-06T00:00:00Z' } });
  });

  it('takes custom days as UTC midnights and refuses an empty or reversed period', () => {
    expect(presetPeriod('custom', now, { from: '2026-01-01', to: '2026-07-01' })).toEqual({ period: { from: '2026-01-01T00:00:00Z', to: '2026-07-01T00:00:00Z' } });
    expect(presetPeriod('custom', now, { from: '2026-01-01', to: '' })).toEqual({ problem: 'Pick both dates.' });
    expect(presetPeriod('custom', now, { from: '2026-07-01', to: '2026-07-01' })).toEqual({ problem: 'The end must be after the start.' });
  });

  it('names the last day included', () => {
    expect(describePeriod({ from: '2026-08-26T00:00:00Z', to: '2026-11-24T00:00:00Z' })).toBe('26 Aug 2026 – 23 Nov 2026 (UTC)');
  });
});

describe('monthly trends', () => {
  it('takes the whole months before the current one, across a year boundary, as half-open UTC periods', () => {
    expect(lastMonths(3, new Date('2026-02-14T10:00:00Z'))).toEqual([
      { month: '2025-11', from: '2025-11-01T00:00:00Z', to: '2025-12-01T00:00:00Z' },
      { month: '2025-12', from: '2025-12-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
      { month: '2026-01', from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' },
    ]);
  });
});

describe('cohort grid', () => {
  const cohorts = [
    { cohort: '2026-10', customers: 50, retention: [{ month: 0, customers: 50, rate: 1 }, { month: 1, customers: 5, rate: 0.1 }] },
    {
      cohort: '2026-09', customers: 100,
      retention: [{ month: 0, customers: 100, rate: 1 }, { month: 1, customers: 20, rate: 0.2 }, { month: 2, customers: 10, rate: 0.1 }],
    },
  ];

  it('sorts cohorts oldest first with one column per month since the first purchase', () => {
    const grid = cohortGrid(cohorts);
    expect(grid.columns).toBe(3);
    expect(grid.rows.map((row) => row.label)).toEqual(['Sep 2026', 'Oct 2026']);
    expect(grid.rows[1].cells.map((cell) => cell?.rate ?? null)).toEqual([1, 0.1, null]);
  });

  it('averages retention weighted by size over the cohorts that reached the month', () => {
    expect(averageRetention(cohortGrid(cohorts))).toEqual([1, 25 / 150, 0.1]);
    expect(cohortGrid([])).toEqual({ columns: 0, rows: [] });
  });

  it('labels months', () => {
    expect(monthLabel('2026-03')).toBe('Mar 2026');
    expect(monthLabel('odd')).toBe('odd');
  });
});

describe('heat map', () => {
  it('shades higher rates darker, with readable text', () => {
    const low = heatStyle(0.02);
    const high = heatStyle(1);
    expect(low.background).toMatch(/^rgba\(59, 91, 219, 0\.\d+\)$/);
    expect(high.background).toBe('rgba(59, 91, 219, 1)');
    expect(high.color).toBe('#ffffff');
    expect(low.color).toBe('var(--text)');
    expect(heatStyle(null).background).toBe('transparent');
  });

  it('offers UTC and the browser zone first, without repeats', () => {
    expect(timeZoneChoices('Europe/Berlin', ['Europe/London', 'UTC', 'Europe/Berlin'])).toEqual(['UTC', 'Europe/Berlin', 'Europe/London']);
  });
});
