/** The RFM heat map's shaping: grid rows, colour scale and hover text. Pure. */
import { formatCount, formatMoney } from '../../ui/format';

export type HeatMetric = 'contacts' | 'revenue';

export interface HeatCell {
  r: number;
  f: number;
  name: string | null;
  contacts: number;
  revenue: number;
}

/** Cells as rows of R (1 = most recent first), each with F columns 1 … levels; missing cells are empty. */
export function heatRows<T extends HeatCell>(cells: readonly T[], levels: number): (T | HeatCell)[][] {
  const rows: (T | HeatCell)[][] = [];
  for (let r = 1; r <= levels; r++) {
    const row: (T | HeatCell)[] = [];
    for (let f = 1; f <= levels; f++) row.push(cells.find((c) => c.r === r && c.f === f) ?? { r, f, name: null, contacts: 0, revenue: 0 });
    rows.push(row);
  }
  return rows;
}

/** 0 … 1 of the largest cell (negatives, refunds, count as 0); 0 when every cell is empty. */
export function intensity(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return 0;
  return Math.min(1, value / max);
}

export function maxOf(cells: readonly HeatCell[], metric: HeatMetric): number {
  return cells.reduce((max, cell) => Math.max(max, cell[metric]), 0);
}

/** Background and text colour of a cell: the accent at an opacity following the intensity. */
export function heatColours(level: number): { background: string; color: string } {
  if (level <= 0) return { background: '#f3f4f7', color: '#6a7385' };
  const alpha = 0.12 + 0.83 * level;
  return { background: `rgba(59, 91, 219, ${alpha.toFixed(3)})`, color: alpha > 0.55 ? '#ffffff' : '#1c2330' };
}

export function heatValue(cell: HeatCell, metric: HeatMetric): string {
  return metric === 'contacts' ? formatCount(cell.contacts) : formatMoney(cell.revenue);
}

/** Hover text: "R1 F2 · Champions · 12 contacts · revenue 1,234.50". */
export function heatTitle(cell: HeatCell): string {
  return [`R${cell.r} F${cell.f}`, cell.name, `${formatCount(cell.contacts)} contacts`, `revenue ${formatMoney(cell.revenue)}`].filter(Boolean).join(' · ');
}

/** Points of a line through `values` in a width × height box (y grows down), scaled to the largest value. */
export function sparkline(values: readonly number[], width: number, height: number, max = Math.max(0, ...values)): string {
  if (values.length === 0) return '';
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const y = (v: number) => (max > 0 ? height - (Math.max(0, v) / max) * height : height);
  return values.map((v, i) => `${round(i * step)},${round(y(v))}`).join(' ');
}

/** Each stage's share of the stages' total, 0 when there is nobody. */
export function shares<K extends string>(counts: Record<K, number>, keys: readonly K[]): Record<K, number> {
  const total = keys.reduce((sum, key) => sum + (counts[key] ?? 0), 0);
  return Object.fromEntries(keys.map((key) => [key, total > 0 ? (counts[key] ?? 0) / total : 0])) as Record<K, number>;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
