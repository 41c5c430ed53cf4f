import { chiSquareSurvival } from '../distributions/chi-square.util';
import { StatsInputError } from '../stats-input.error';
import type { ChiSquareResult } from '../stats.types';
import { requireArray, requireNonNegative } from '../validate-input.util';

/**
 * Pearson's chi-square test of independence for an r×c table of counts, without continuity
 * correction:
 *
 *   X² = Σ (O_ij − E_ij)² / E_ij,   E_ij = R_i·C_j / N,   df = (r − 1)(c − 1)
 *
 * Rows and columns whose total is 0 are dropped first (they carry no information and would divide
 * by zero). Reference: Pearson K (1900) Phil Mag 50:157–175; Agresti A (2007) An Introduction to
 * Categorical Data Analysis, 2nd ed., §2.4. Equals R's `chisq.test(table, correct = FALSE)`.
 * Null when df is 0 after dropping (e.g. a single non-empty row).
 */
export function chiSquareIndependence(table: number[][]): ChiSquareResult | null {
  const kept = withoutEmptyLines(validatedTable(table));
  const rows = kept.length;
  const columns = rows === 0 ? 0 : kept[0].length;
  const degreesOfFreedom = (rows - 1) * (columns - 1);
  if (rows < 2 || columns < 2) return null;
  const rowTotals = kept.map((row) => sum(row));
  const columnTotals = kept[0].map((_, j) => sum(kept.map((row) => row[j])));
  const total = sum(rowTotals);
  let statistic = 0;
  kept.forEach((row, i) => row.forEach((observed, j) => {
    const expected = (rowTotals[i] * columnTotals[j]) / total;
    statistic += (observed - expected) ** 2 / expected;
  }));
  return { statistic, degreesOfFreedom, pValue: chiSquareSurvival(statistic, degreesOfFreedom) };
}

function validatedTable(table: number[][]): number[][] {
  requireArray(table, 'table');
  table.forEach((row, i) => {
    requireArray(row, `table[${i}]`);
    if (row.length !== table[0].length) {
      throw new StatsInputError(`table[${i}]`, `has ${row.length} cells; every row must have ${table[0].length}`);
    }
    row.forEach((count, j) => requireNonNegative(count, `table[${i}][${j}]`));
  });
  return table;
}

function withoutEmptyLines(table: number[][]): number[][] {
  const rows = table.filter((row) => sum(row) > 0);
  if (rows.length === 0) return [];
  const keptColumns = rows[0].map((_, j) => j).filter((j) => sum(rows.map((row) => row[j])) > 0);
  return rows.map((row) => keptColumns.map((j) => row[j]));
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
