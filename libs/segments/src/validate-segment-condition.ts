import { MAX_CONDITION_DEPTH, conditionRef, schemaIssues, segmentConditionDefs, type Condition } from '@cascade/journey';
import { SegmentConditionError } from './segment-condition.error';

const SEGMENT_CONDITION_SCHEMA = { $defs: segmentConditionDefs, ...conditionRef };

/**
 * Refuses anything but a well-formed segment condition before SQL is built: depth first, with a walk
 * that stops at the limit (a hostile 100,000-level nesting never reaches the schema validator's
 * recursion), then the JSON Schema (unknown keys and operators, bad durations).
 */
export function validateSegmentCondition(input: unknown): Condition {
  if (deeperThan(input, MAX_CONDITION_DEPTH)) {
    throw new SegmentConditionError('condition_too_deep', `the condition nests more than ${MAX_CONDITION_DEPTH} levels deep`);
  }
  const issues = schemaIssues({ schema: SEGMENT_CONDITION_SCHEMA, value: input });
  if (issues.length > 0) {
    const list = issues.map((issue) => (issue.path ? `${issue.path} ${issue.message}` : issue.message)).join('; ');
    throw new SegmentConditionError('condition_invalid', `invalid condition: ${list}`);
  }
  return input as Condition;
}

/** Whether the groups nest deeper than `limit`, counted as conditionDepth() counts them. */
function deeperThan(value: unknown, limit: number): boolean {
  if (limit < 1) return true;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const node = value as Record<string, unknown>;
  const children = [
    ...(Array.isArray(node.all) ? node.all : []),
    ...(Array.isArray(node.any) ? node.any : []),
    ...('not' in node ? [node.not] : []),
    ...('event' in node && 'where' in node ? [node.where] : []),
  ];
  return children.some((child) => deeperThan(child, limit - 1));
}
