import type { EventCondition } from '@cascade/journey';
import type { CompileContext } from './compile-context';
import { numberSql } from './comparable-sql';
import { countOpSql } from './count-op-sql';
import { timeWindowSql } from './time-window-sql';

const AGGREGATES = { avg: 'avg', sum: 'sum', min: 'min', max: 'max' } as const;

/**
 * One aggregate row over the contact's matching events: the count test, and the aggregate test
 * over the numeric values (NULL when there are none, so false, as in the evaluator). The values
 * are doubles added one after another as the evaluator adds them (0.1 + 0.2 is more than 0.3 in
 * both); only the order of the events can still move a sum or average of three or more by a bit.
 */
export function eventConditionSql(condition: EventCondition, context: CompileContext): string {
  const { params } = context;
  const e = context.alias('e');
  const filters = [
    `${e}.workspace_id = ${context.workspace}`,
    `${e}.contact_id = c.id`,
    `${e}.name = ${params.add(condition.event)}::text`,
    timeWindowSql(`${e}.occurred_at`, condition, context.now, params),
  ];
  if (condition.where) filters.push(context.compile(condition.where, { kind: 'event', alias: e }));
  const count = condition.count ?? { op: 'gte', value: 1 };
  const tests = [`count(*) ${countOpSql(count.op)} ${params.add(count.value)}::bigint`];
  if (condition.aggregate) {
    const { fn, property, op, value } = condition.aggregate;
    const values = `(${numberSql(`(${e}.properties #> ${params.add(property.split('.'))}::text[])`, params)})::float8`;
    tests.push(`coalesce(${aggregateFn(fn)}(${values}) ${countOpSql(op)} ${params.add(value)}::float8, false)`);
  }
  return `(SELECT ${tests.join(' AND ')} FROM contact_events ${e} WHERE ${filters.join(' AND ')})`;
}

function aggregateFn(fn: keyof typeof AGGREGATES): string {
  if (!Object.prototype.hasOwnProperty.call(AGGREGATES, fn)) throw new Error(`unknown aggregate ${JSON.stringify(fn)}`);
  return AGGREGATES[fn];
}
