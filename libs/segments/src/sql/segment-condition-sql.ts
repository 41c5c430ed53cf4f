import type { SegmentCondition } from '@cascade/journey';
import type { CompileContext } from './compile-context';

/** Current membership (not exited) of another segment, in the materialised membership table. */
export function segmentConditionSql({ inSegment }: SegmentCondition, context: CompileContext): string {
  const s = context.alias('s');
  return `EXISTS (SELECT 1 FROM ${context.membershipTable} ${s} WHERE ${s}.segment_id = ${context.params.add(inSegment)}`
    + ` AND ${s}.contact_id = c.id AND ${s}.exited_at IS NULL)`;
}
