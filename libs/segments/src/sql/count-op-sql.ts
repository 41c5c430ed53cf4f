import type { CountOp } from '@cascade/journey';
import { SegmentConditionError } from '../segment-condition.error';

const OPERATORS: Record<CountOp, string> = { eq: '=', neq: '<>', gt: '>', gte: '>=', lt: '<', lte: '<=' };

/** The SQL operator of a count or number comparison; anything else is refused, never spliced in. */
export function countOpSql(op: CountOp): string {
  if (!Object.prototype.hasOwnProperty.call(OPERATORS, op)) throw new SegmentConditionError('condition_invalid', `unknown operator ${JSON.stringify(op)}`);
  return OPERATORS[op];
}
