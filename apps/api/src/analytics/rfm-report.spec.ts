import { rfmReportGrid } from './rfm-report';

describe('rfmReportGrid', () => {
  const rules = [{ name: 'top', r: [1, 1], f: [1, 2] }, { name: 'top', r: [2, 2], f: [1, 1] }, { name: 'rest', r: [3, 3], f: [3, 3] }] as const;

  it('folds code totals into cells, names and total in whole cents, so they add up exactly', () => {
    const grid = rfmReportGrid({
      levels: 3,
      rules,
      rows: [
        { r: 1, f: 1, m: 1, contacts: 2, revenue: '0.1' },
        { r: 1, f: 1, m: 2, contacts: 1, revenue: '0.2' },
        { r: 2, f: 1, m: 3, contacts: 1, revenue: '10.01' },
        { r: 2, f: 3, m: 3, contacts: 4, revenue: '-5' },
      ],
    });
    expect(grid.cells.map(({ r, f, name, contacts, revenue }) => [r, f, name, contacts, revenue])).toEqual([
      [1, 1, 'top', 3, 0.3], [1, 2, 'top', 0, 0], [1, 3, null, 0, 0],
      [2, 1, 'top', 1, 10.01], [2, 2, null, 0, 0], [2, 3, null, 4, -5],
      [3, 1, null, 0, 0], [3, 2, null, 0, 0], [3, 3, 'rest', 0, 0],
    ]);
    // A name shared by two rules is listed once, where it first appears
    expect(grid.named).toEqual([{ name: 'top', contacts: 4, revenue: 10.31 }, { name: 'rest', contacts: 0, revenue: 0 }]);
    expect(grid.unnamed).toEqual({ contacts: 4, revenue: -5 });
    expect(grid.total).toEqual({ contacts: 8, revenue: 5.31 });
    expect(grid.codes.map((code) => code.code)).toEqual(['1-1-1', '1-1-2', '2-1-3', '2-3-3']);
  });
});
