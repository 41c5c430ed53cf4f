import { timeWindowBounds, type TimeWindow } from '@cascade/journey';
import type { SqlParams } from './sql-params';

/** `column` inside the window, bounds computed once in TypeScript exactly as the evaluator does. */
export function timeWindowSql(column: string, window: TimeWindow, now: string, params: SqlParams): string {
  const { from, to } = timeWindowBounds(window, now);
  const upper = `${column} <= ${params.add(new Date(to).toISOString())}::timestamptz`;
  return Number.isFinite(from) ? `${column} >= ${params.add(new Date(from).toISOString())}::timestamptz AND ${upper}` : upper;
}
