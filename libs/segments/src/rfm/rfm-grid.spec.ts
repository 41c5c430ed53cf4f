import { DEFAULT_RFM_CELLS_3, DEFAULT_RFM_CELLS_5, rfmCellName } from './rfm-cells';
import { rfmGrid } from './rfm-grid';
import { RfmError } from './rfm.error';
import type { RfmCellRule } from './rfm.types';
import { HAND_DATASET, NOW } from './rfm.test-helpers';
import { scoreRfm } from './score-rfm';

function table(rules: readonly RfmCellRule[], levels: number): (string | null)[][] {
  return Array.from({ length: levels }, (_, r) => Array.from({ length: levels }, (_, f) => rfmCellName({ r: r + 1, f: f + 1, rules })));
}

describe('default RFM cell mappings', () => {
  it('cover the 5-level grid as documented', () => {
    expect(table(DEFAULT_RFM_CELLS_5, 5)).toEqual([
      ['champions', 'champions', 'loyal', 'new', 'new'],
      ['champions', 'champions', 'loyal', 'potential_loyalists', 'potential_loyalists'],
      ['loyal', 'loyal', 'loyal', 'potential_loyalists', 'potential_loyalists'],
      ['at_risk', 'at_risk', 'at_risk', 'hibernating', 'hibernating'],
      ['cant_lose', 'cant_lose', 'at_risk', 'lost', 'lost'],
    ]);
  });

  it('cover the 3-level grid as documented, every name used', () => {
    expect(table(DEFAULT_RFM_CELLS_3, 3)).toEqual([
      ['champions', 'loyal', 'new'],
      ['loyal', 'potential_loyalists', 'hibernating'],
      ['cant_lose', 'at_risk', 'lost'],
    ]);
  });
});

describe('rfmGrid on the hand dataset', () => {
  it('counts contacts and revenue per cell and per named cell, 3 levels', () => {
    // Codes (score-rfm.spec): ann 1-1-1 (600), bob 1-2-2 (300), cat 2-3-2 (400), dan 2-1-2 (300),
    // eve 3-3-1 (600), fay 3-1-3 (20).
    const grid = rfmGrid({ result: scoreRfm({ contacts: HAND_DATASET, now: NOW, period: 'P1Y', levels: 3 }) });
    expect(grid.cells.map(({ r, f, contacts, revenue }) => [r, f, contacts, revenue])).toEqual([
      [1, 1, 1, 600], [1, 2, 1, 300], [1, 3, 0, 0],
      [2, 1, 1, 300], [2, 2, 0, 0], [2, 3, 1, 400],
      [3, 1, 1, 20], [3, 2, 0, 0], [3, 3, 1, 600],
    ]);
    // loyal = bob (R1 F2) + dan (R2 F1): 2 contacts, 300 + 300.
    expect(grid.named).toEqual([
      { name: 'champions', contacts: 1, revenue: 600 },
      { name: 'potential_loyalists', contacts: 0, revenue: 0 },
      { name: 'loyal', contacts: 2, revenue: 600 },
      { name: 'new', contacts: 0, revenue: 0 },
      { name: 'hibernating', contacts: 1, revenue: 400 },
      { name: 'cant_lose', contacts: 1, revenue: 20 },
      { name: 'at_risk', contacts: 0, revenue: 0 },
      { name: 'lost', contacts: 1, revenue: 600 },
    ]);
    // 600 + 300 + 400 + 300 + 600 + 20
    expect(grid.total).toEqual({ contacts: 6, revenue: 2220 });
    expect(grid.unnamed).toEqual({ contacts: 0, revenue: 0 });
  });

  it('names the 5-level cells', () => {
    // ann R1 F1, bob R1 F3, cat R2 F4, dan R3 F1, eve R4 F4, fay R5 F1 (score-rfm.spec).
    const grid = rfmGrid({ result: scoreRfm({ contacts: HAND_DATASET, now: NOW, period: 'P1Y', levels: 5 }) });
    expect(grid.cells).toHaveLength(25);
    expect(grid.named.filter((cell) => cell.contacts > 0)).toEqual([
      { name: 'champions', contacts: 1, revenue: 600 },
      { name: 'loyal', contacts: 2, revenue: 600 },
      { name: 'potential_loyalists', contacts: 1, revenue: 400 },
      { name: 'cant_lose', contacts: 1, revenue: 20 },
      { name: 'hibernating', contacts: 1, revenue: 600 },
    ]);
  });

  it('takes a custom mapping, first match wins, and reports cells it leaves out', () => {
    const rules: RfmCellRule[] = [
      { name: 'recent', r: [1, 1], f: [1, 3] },
      { name: 'frequent', r: [1, 3], f: [1, 1] }, // ann (R1 F1) is already "recent"
    ];
    const grid = rfmGrid({ result: scoreRfm({ contacts: HAND_DATASET, now: NOW, period: 'P1Y', levels: 3 }), rules });
    expect(grid.named).toEqual([
      { name: 'recent', contacts: 2, revenue: 900 },   // ann 600 + bob 300
      { name: 'frequent', contacts: 2, revenue: 320 }, // dan 300 + fay 20
    ]);
    expect(grid.unnamed).toEqual({ contacts: 2, revenue: 1000 }); // cat 400 + eve 600
  });

  it('refuses a mapping with ranges outside the levels', () => {
    const result = scoreRfm({ contacts: HAND_DATASET, now: NOW, period: 'P1Y', levels: 3 });
    expect(() => rfmGrid({ result, rules: DEFAULT_RFM_CELLS_5 })).toThrow(RfmError);
    expect(() => rfmGrid({ result, rules: [{ name: 'upside down', r: [3, 1], f: [1, 3] }] })).toThrow(/within 1\.\.3/);
    expect(() => rfmGrid({ result, rules: [{ name: '', r: [1, 3], f: [1, 3] }] })).toThrow(/no name/);
  });
});
