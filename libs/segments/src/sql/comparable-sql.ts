import { ISO_DATE_TEXT, NUMERIC_TEXT, ZONE_SUFFIX } from '@cascade/journey';
import type { SqlParams } from './sql-params';

/**
 * toNumber() in SQL: a jsonb number or decimal numeric text as numeric, else NULL. The regex is the
 * evaluator's own, checked before the cast inside a CASE so text like 'abc' never raises.
 */
export function numberSql(value: string, params: SqlParams): string {
  const text = `(${value} #>> '{}')`;
  return `(CASE WHEN jsonb_typeof(${value}) = 'number' THEN (${value})::numeric
    WHEN jsonb_typeof(${value}) = 'string' AND ${text} ~ ${params.constant(NUMERIC_TEXT.source)} THEN ${text}::numeric END)`;
}

/**
 * toComparable() in SQL: numbers as above, ISO dates as epoch milliseconds, else NULL. Nested CASEs
 * fix the order: the calendar check (no 30 February) runs only on text the date regex accepted, and
 * the timestamptz cast only on a real date with the zone made explicit (UTC when none).
 */
export function comparableSql(value: string, params: SqlParams): string {
  const text = `(${value} #>> '{}')`;
  const lastDay = `extract(day from make_date(substr(${text}, 1, 4)::int, substr(${text}, 6, 2)::int, 1) + interval '1 month - 1 day')`;
  const zoned = `(CASE WHEN length(${text}) = 10 THEN ${text} || 'T00:00:00Z'
    WHEN ${text} ~ ${params.constant(ZONE_SUFFIX.source)} THEN ${text} ELSE ${text} || 'Z' END)`;
  return `(CASE WHEN jsonb_typeof(${value}) = 'number' THEN (${value})::numeric
    WHEN jsonb_typeof(${value}) IS DISTINCT FROM 'string' THEN NULL
    WHEN ${text} ~ ${params.constant(NUMERIC_TEXT.source)} THEN ${text}::numeric
    WHEN ${text} !~ ${params.constant(ISO_DATE_TEXT.source)} THEN NULL
    WHEN substr(${text}, 9, 2)::int > ${lastDay} THEN NULL
    ELSE extract(epoch from ${zoned}::timestamptz) * 1000 END)`;
}
