import { SegmentSettingsError } from '../settings/analytics-settings.error';
import { segmentDependencies, type SegmentDefinition } from './segment-definition';

/**
 * Segments in an order where every segment comes after those it reads with inSegment (a reference
 * to a segment not in the list is ignored: it has no members). A cycle is refused, naming it.
 */
export function orderSegments<T extends { id: string; name: string; definition: SegmentDefinition }>(segments: readonly T[]): T[] {
  const byId = new Map(segments.map((segment) => [segment.id, segment]));
  const ordered: T[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (segment: T, path: string[]): void => {
    if (state.get(segment.id) === 'done') return;
    if (state.get(segment.id) === 'visiting') {
      const cycle = [...path.slice(path.indexOf(segment.name)), segment.name].join(' → ');
      throw new SegmentSettingsError('segment_definition_invalid', [{ path: 'condition', message: `segments read each other in a cycle: ${cycle}` }]);
    }
    state.set(segment.id, 'visiting');
    for (const id of segmentDependencies(segment.definition)) {
      const dependency = byId.get(id);
      if (dependency) visit(dependency, [...path, segment.name]);
    }
    state.set(segment.id, 'done');
    ordered.push(segment);
  };
  segments.forEach((segment) => visit(segment, []));
  return ordered;
}
