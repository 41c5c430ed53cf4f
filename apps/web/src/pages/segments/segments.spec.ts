import { describe, expect, it } from '@jest/globals';
import { fallbackFileName, fileNameOf, membersCsvUrl } from './csv-download';
import { heatColours, heatRows, heatTitle, intensity, maxOf, shares, sparkline } from './rfm-heat';
import { allRfmCodes, definitionFields, describeDefinition, draftOf, emptyDraft, toggle } from './segment-definition';

describe('RFM heat map', () => {
  const cells = [
    { r: 1, f: 1, name: 'champions', contacts: 10, revenue: 500 },
    { r: 1, f: 2, name: null, contacts: 5, revenue: -20 },
    { r: 2, f: 1, name: 'at risk', contacts: 0, revenue: 0 },
  ];

  it('lays cells out as R rows of F columns, filling gaps', () => {
    const rows = heatRows(cells, 2);
    expect(rows.map((row) => row.map((c) => `${c.r}${c.f}:${c.contacts}`))).toEqual([['11:10', '12:5'], ['21:0', '22:0']]);
  });

  it('scales by the largest cell of the metric', () => {
    expect(maxOf(cells, 'contacts')).toBe(10);
    expect(maxOf(cells, 'revenue')).toBe(500);
    expect(intensity(5, 10)).toBe(0.5);
    expect(intensity(-20, 500)).toBe(0);
    expect(intensity(3, 0)).toBe(0);
  });

  it('colours empty cells grey and full ones in the accent with white text', () => {
    expect(heatColours(0)).toEqual({ background: '#f3f4f7', color: '#6a7385' });
    expect(heatColours(1)).toEqual({ background: 'rgba(59, 91, 219, 0.950)', color: '#ffffff' });
    expect(heatColours(0.1).color).toBe('#1c2330');
  });

  it('describes a cell on hover', () => {
    expect(heatTitle({ r: 1, f: 2, name: 'champions', contacts: 1234, revenue: 99.5 })).toBe('R1 F2 · champions · 1,234 contacts · revenue 99.50');
    expect(heatTitle({ r: 3, f: 3, name: null, contacts: 0, revenue: 0 })).toBe('R3 F3 · 0 contacts · revenue 0.00');
  });
});

describe('lifecycle charts', () => {
  it('draws a sparkline scaled to the largest value', () => {
    expect(sparkline([0, 5, 10], 100, 20)).toBe('0,20 50,10 100,0');
    expect(sparkline([3], 100, 20)).toBe('0,0');
    expect(sparkline([], 100, 20)).toBe('');
    expect(sparkline([0, 0], 100, 20)).toBe('0,20 100,20');
  });

  it('gives shares of the total', () => {
    expect(shares({ a: 1, b: 3 }, ['a', 'b'])).toEqual({ a: 0.25, b: 0.75 });
    expect(shares({ a: 0, b: 0 }, ['a', 'b'])).toEqual({ a: 0, b: 0 });
  });
});

describe('segment definitions', () => {
  it('sends only the fields of the kind, and nothing while incomplete', () => {
    const draft = { ...emptyDraft(), condition: { attribute: 'plan' }, stages: ['new'] };
    expect(definitionFields('rule', draft)).toEqual({ condition: { attribute: 'plan' } });
    expect(definitionFields('lifecycle', draft)).toEqual({ stages: ['new'] });
    expect(definitionFields('rfm', draft)).toBeNull();
    expect(definitionFields('rfm', { ...draft, cells: ['champions'] })).toEqual({ codes: [], cells: ['champions'] }); // both lists: an update would keep a left-out one
    expect(definitionFields('rule', emptyDraft())).toBeNull();
  });

  it('reads a saved definition', () => {
    expect(draftOf({ codes: ['1-1-1', 3], stages: 'x' })).toEqual({ condition: undefined, codes: ['1-1-1'], cells: [], stages: [] });
    expect(describeDefinition('lifecycle', { stages: ['new', 'active'] })).toBe('stages new, active');
    expect(describeDefinition('rfm', { cells: ['champions'], codes: ['1-1-1'] })).toBe('cells champions; codes 1-1-1');
  });

  it('lists every RFM code and toggles values in order', () => {
    expect(allRfmCodes(3)).toHaveLength(27);
    expect(allRfmCodes(3)[1]).toBe('1-1-2');
    expect(toggle(['churned'], 'new', ['new', 'active', 'churned'])).toEqual(['new', 'churned']);
    expect(toggle(['new', 'churned'], 'new')).toEqual(['churned']);
  });
});

describe('CSV export', () => {
  it('builds the plain and hashed URLs', () => {
    expect(membersCsvUrl('abc', false)).toBe('/api/v1/segments/abc/members.csv');
    expect(membersCsvUrl('abc', true)).toBe('/api/v1/segments/abc/members.csv?hashed=true');
  });

  it('takes the file name from Content-Disposition', () => {
    expect(fileNameOf('attachment; filename="VIP-hashed.csv"', 'x.csv')).toBe('VIP-hashed.csv');
    expect(fileNameOf("attachment; filename*=UTF-8''caf%C3%A9.csv", 'x.csv')).toBe('café.csv');
    expect(fileNameOf('attachment; filename=plain.csv', 'x.csv')).toBe('plain.csv');
    expect(fileNameOf(null, 'x.csv')).toBe('x.csv');
    expect(fallbackFileName('VIP buyers!', true)).toBe('VIP-buyers-hashed.csv');
    expect(fallbackFileName('***', false)).toBe('segment.csv');
  });
});
