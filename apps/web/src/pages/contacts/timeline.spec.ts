import { describe, expect, it } from '@jest/globals';
import { compactProperties, compactValue, dayHeading, dayOf, groupByDay, variantPhrases } from './timeline';

describe('contact timeline', () => {
  it('groups events by day, newest first', () => {
    const days = groupByDay([
      { id: 'a', occurredAt: '2026-03-01T09:00:00Z' },
      { id: 'b', occurredAt: '2026-03-02T23:30:00Z' },
      { id: 'c', occurredAt: '2026-03-01T18:00:00Z' },
      { id: 'd', occurredAt: '2026-03-02T01:00:00Z' },
    ], 'UTC');
    expect(days.map((d) => [d.day, d.items.map((i) => i.id)])).toEqual([
      ['2026-03-02', ['b', 'd']],
      ['2026-03-01', ['c', 'a']],
    ]);
  });

  it('uses the time zone for the day', () => {
    expect(dayOf('2026-03-01T22:30:00Z', 'UTC')).toBe('2026-03-01');
    expect(dayOf('2026-03-01T22:30:00Z', 'Europe/Moscow')).toBe('2026-03-02');
  });

  it('heads days as today, yesterday or the date', () => {
    expect(dayHeading('2026-03-02', '2026-03-02', '2026-03-01')).toBe('Today');
    expect(dayHeading('2026-03-01', '2026-03-02', '2026-03-01')).toBe('Yesterday');
    expect(dayHeading('2026-02-10', '2026-03-02', '2026-03-01')).toContain('10 Feb 2026');
  });

  it('shows properties compactly', () => {
    expect(compactProperties({ sku: 'A1', price: 10, items: [1, 2], gift: true })).toBe('sku=A1 · price=10 · items=[1,2] · gift=true');
    expect(compactProperties(null)).toBe('');
    expect(compactProperties({ a: 1, b: 2, c: 3 }, 2)).toBe('a=1 · b=2 · +1 more');
    expect(compactValue('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('names variants by node', () => {
    expect(variantPhrases({ split1: 'B' })).toEqual(['split1: B']);
    expect(variantPhrases(null)).toEqual([]);
  });
});
