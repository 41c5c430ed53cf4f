import {
  rfmCellName, rfmCode, type RfmCellRule, type RfmGridCell, type RfmLevels, type RfmNamedCellTotal,
} from '@cascade/segments';

/** Contacts and the sum of their monetary values (revenue in the RFM period), rounded to cents. */
export interface RfmTotals {
  contacts: number;
  revenue: number;
}

/** A row of RFM_CODE_TOTALS_SQL: revenue is numeric text in whole cents, as Postgres summed and rounded it. */
export interface RfmCodeRow {
  r: number;
  f: number;
  m: number;
  contacts: number;
  revenue: string;
}

/** The R×F grid as rfmGrid (@cascade/segments) shapes it, plus the R-F-M codes; 1 is the best level. */
export interface RfmReportGrid {
  cells: RfmGridCell[];
  named: RfmNamedCellTotal[];
  unnamed: RfmTotals;
  total: RfmTotals;
  /** Non-empty codes "R-F-M" in order. */
  codes: ({ code: string } & RfmTotals)[];
}

/** GET /api/v1/analytics/rfm. */
export interface RfmReport extends RfmReportGrid {
  /** Levels per dimension of the current scores: 1 is the best, `levels` the worst. */
  levels: RfmLevels;
  /** ISO duration of purchase history the scores look at. */
  period: string;
  /** The last full recompute; null before the first one (the grid is empty then). */
  refreshedAt: string | null;
}

interface Tally {
  contacts: number;
  cents: number;
}

/**
 * Folds per-code totals into every (r, f) cell, R-major and empty ones included, then into the named
 * cells of `rules` (rule order, each name once) and the cells the mapping leaves out. Money is summed
 * in whole cents, so cells, names and total add up exactly.
 */
export function rfmReportGrid({ rows, levels, rules }: {
  rows: readonly RfmCodeRow[];
  levels: RfmLevels;
  rules: readonly RfmCellRule[];
}): RfmReportGrid {
  const cells: (Omit<RfmGridCell, 'revenue'> & Tally)[] = [];
  for (let r = 1; r <= levels; r++) {
    for (let f = 1; f <= levels; f++) cells.push({ r, f, name: rfmCellName({ r, f, rules }), contacts: 0, cents: 0 });
  }
  const codes = rows.map((row) => ({ code: rfmCode(row.r, row.f, row.m), contacts: row.contacts, cents: Math.round(Number(row.revenue) * 100) }));
  rows.forEach((row, i) => add(cells[(row.r - 1) * levels + (row.f - 1)], codes[i]));

  const named = new Map<string, Tally>(rules.map((rule) => [rule.name, { contacts: 0, cents: 0 }]));
  const unnamed: Tally = { contacts: 0, cents: 0 };
  const total: Tally = { contacts: 0, cents: 0 };
  for (const cell of cells) {
    add(cell.name === null ? unnamed : named.get(cell.name)!, cell);
    add(total, cell);
  }
  return {
    cells: cells.map(({ cents, ...cell }) => ({ ...cell, revenue: money(cents) })),
    named: [...named].map(([name, tally]) => ({ name, ...totals(tally) })),
    unnamed: totals(unnamed),
    total: totals(total),
    codes: codes.map(({ code, ...tally }) => ({ code, ...totals(tally) })),
  };
}

function add(into: Tally, tally: Tally): void {
  into.contacts += tally.contacts;
  into.cents += tally.cents;
}

function totals({ contacts, cents }: Tally): RfmTotals {
  return { contacts, revenue: money(cents) };
}

/** `+ 0` turns a -0 (refunds summing to nothing) into 0. */
function money(cents: number): number {
  return cents / 100 + 0;
}
