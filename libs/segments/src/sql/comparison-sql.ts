import { toComparable, type AttributeCondition } from '@cascade/journey';
import { SegmentConditionError } from '../segment-condition.error';
import { comparableSql } from './comparable-sql';
import { countOpSql } from './count-op-sql';
import type { SqlParams } from './sql-params';

type Scalar = string | number | boolean | null;

const ORDER_OPS: ReadonlySet<string> = new Set(['gt', 'gte', 'lt', 'lte']);

/**
 * compareValues() in SQL over the jsonb expression `subjectSql()` builds (SQL NULL when missing).
 * Every result is true or false, never NULL, so `not` negates exactly as the evaluator does.
 * The subject is built only when the SQL reads it: building it binds the attribute path, and
 * Postgres refuses a statement with a placeholder it never uses.
 */
export function comparisonSql(subjectSql: () => string, { attribute, op, value }: AttributeCondition, params: SqlParams): string {
  // Decided by the value alone, as in the evaluator: a non-text prefix, or nothing comparable to order by.
  if (op === 'starts_with' && typeof scalar(attribute, value) !== 'string') return 'false';
  if (ORDER_OPS.has(op) && toComparable(scalar(attribute, value)) === null) return 'false';
  const x = subjectSql();
  const isNull = `coalesce(jsonb_typeof(${x}), 'null') = 'null'`;
  switch (op) {
    case 'exists': return `NOT (${isNull})`;
    case 'not_exists': return `(${isNull})`;
    case 'eq': return `coalesce(${equalsSql(x, params.add(JSON.stringify(scalar(attribute, value))))}, false)`;
    case 'neq': return `NOT coalesce(${equalsSql(x, params.add(JSON.stringify(scalar(attribute, value))))}, false)`;
    case 'in': return inSql(x, list(attribute, value), params);
    case 'not_in': return `NOT ${inSql(x, list(attribute, value), params)}`;
    case 'contains': return containsSql(x, scalar(attribute, value), params);
    case 'not_contains': return `NOT ${containsSql(x, scalar(attribute, value), params)}`;
    case 'starts_with':
      return `coalesce(jsonb_typeof(${x}) = 'string' AND starts_with(${x} #>> '{}', ${params.add(value)}::text), false)`;
    default: // as doubles, the evaluator's numbers: '42.0000000000000000001' is not more than 42 there
      return `coalesce((${comparableSql(x, params)})::float8 ${countOpSql(op)} ${params.add(toComparable(value))}::float8, false)`;
  }
}

/** equals(): text without case, everything else as the same JSON scalar. */
function equalsSql(x: string, jsonbParam: string): string {
  const y = `${jsonbParam}::jsonb`;
  return `(CASE WHEN jsonb_typeof(${x}) = 'string' AND jsonb_typeof(${y}) = 'string'
    THEN lower(${x} #>> '{}') = lower(${y} #>> '{}') ELSE ${x} = ${y} END)`;
}

function inSql(x: string, items: Scalar[], params: SqlParams): string {
  const list = params.add(JSON.stringify(items));
  return `EXISTS (SELECT 1 FROM jsonb_array_elements(${list}::jsonb) AS expected(item) WHERE ${equalsSql(x, 'expected.item')})`;
}

function containsSql(x: string, expected: Scalar, params: SqlParams): string {
  const y = params.add(JSON.stringify(expected));
  const inText = typeof expected === 'string' ? `strpos(lower(${x} #>> '{}'), lower(${y}::jsonb #>> '{}')) > 0` : 'false';
  return `coalesce(CASE jsonb_typeof(${x})
    WHEN 'array' THEN EXISTS (SELECT 1 FROM jsonb_array_elements(${x}) AS actual(item) WHERE ${equalsSql('actual.item', y)})
    WHEN 'string' THEN ${inText} ELSE false END, false)`;
}

function scalar(attribute: string, value: unknown): Scalar {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value as Scalar;
  throw new SegmentConditionError('condition_invalid', `the value for "${attribute}" must be text, a number, true/false or null`);
}

function list(attribute: string, value: unknown): Scalar[] {
  if (!Array.isArray(value)) throw new SegmentConditionError('condition_invalid', `the value for "${attribute}" must be a list`);
  return value.map((item) => scalar(attribute, item));
}
