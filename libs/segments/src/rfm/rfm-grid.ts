import { defaultRfmCells, rfmCellName, validateRfmCellRules } from './rfm-cells';
import type { RfmCellRule, RfmResult } from './rfm.types';

export interface RfmGridCell {
  r: number;
  f: number;
  /** Named cell of (r, f) under the mapping, null when the mapping leaves it out. */
  name: string | null;
  contacts: number;
  /** Sum of the contacts' monetary values. */
  revenue: number;
}

export interface RfmNamedCellTotal {
  name: string;
  contacts: number;
  revenue: number;
}

export interface RfmGrid {
  /** Every (r, f) cell, empty ones included, R-major: (1,1), (1,2) … (levels, levels). */
  cells: RfmGridCell[];
  /** One row per distinct rule name, in rule order, empty ones included. */
  named: RfmNamedCellTotal[];
  /** Contacts (and revenue) in cells the mapping leaves out. */
  unnamed: { contacts: number; revenue: number };
  total: { contacts: number; revenue: number };
}

/** The R×F grid of an RFM result with counts and revenue, per cell and per named cell. */
export function rfmGrid({ result, rules = defaultRfmCells(result.levels) }: {
  result: RfmResult;
  rules?: readonly RfmCellRule[];
}): RfmGrid {
  validateRfmCellRules({ rules, levels: result.levels });
  const { levels } = result;
  const cells: RfmGridCell[] = [];
  for (let r = 1; r <= levels; r++) {
    for (let f = 1; f <= levels; f++) cells.push({ r, f, name: rfmCellName({ r, f, rules }), contacts: 0, revenue: 0 });
  }
  for (const score of result.scores) {
    const cell = cells[(score.r - 1) * levels + (score.f - 1)];
    cell.contacts += 1;
    cell.revenue += score.monetary;
  }
  const named = new Map<string, RfmNamedCellTotal>(rules.map((rule) => [rule.name, { name: rule.name, contacts: 0, revenue: 0 }]));
  const unnamed = { contacts: 0, revenue: 0 };
  for (const cell of cells) {
    const into = cell.name === null ? unnamed : named.get(cell.name)!;
    into.contacts += cell.contacts;
    into.revenue += cell.revenue;
  }
  const total = {
    contacts: result.scores.length,
    revenue: result.scores.reduce((sum, score) => sum + score.monetary, 0),
  };
  return { cells, named: [...named.values()], unnamed, total };
}
