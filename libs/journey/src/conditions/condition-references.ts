import type { Condition } from './condition.types';

/** Segment ids and event names a condition reads, so a runner loads only what it needs. */
export function conditionReferences(conditions: Condition[]): { segmentIds: string[]; eventNames: string[] } {
  const segmentIds = new Set<string>();
  const eventNames = new Set<string>();
  const visit = (condition: Condition): void => {
    if ('all' in condition) condition.all.forEach(visit);
    else if ('any' in condition) condition.any.forEach(visit);
    else if ('not' in condition) visit(condition.not);
    else if ('inSegment' in condition) segmentIds.add(condition.inSegment);
    else if ('event' in condition) eventNames.add(condition.event);
  };
  conditions.forEach(visit);
  return { segmentIds: [...segmentIds].sort(), eventNames: [...eventNames].sort() };
}

/** How deep a condition nests (a leaf is 1). */
export function conditionDepth(condition: Condition): number {
  if ('all' in condition) return 1 + Math.max(0, ...condition.all.map(conditionDepth));
  if ('any' in condition) return 1 + Math.max(0, ...condition.any.map(conditionDepth));
  if ('not' in condition) return 1 + conditionDepth(condition.not);
  if ('event' in condition && condition.where) return 1 + conditionDepth(condition.where);
  return 1;
}
