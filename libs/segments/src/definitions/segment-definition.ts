import { conditionReferences, type Condition } from '@cascade/journey';
import type { ClusterModel } from '../clusters/clusters.types';
import type { LifecycleStage } from '../lifecycle/lifecycle.types';

/**
 * What makes a contact a member (docs/segments-and-analytics.md):
 * - `rule`: a condition in the journey condition language;
 * - `rfm`: RFM codes ("1-1-1", level 1 = best) and/or named cells ("champions");
 * - `lifecycle`: lifecycle stages;
 * - `cluster`: one cluster of a k-means model (the nearest centroid), made by clustering only.
 */
export type SegmentDefinition =
  | { kind: 'rule'; condition: Condition }
  | { kind: 'rfm'; codes: string[]; cells: string[] }
  | { kind: 'lifecycle'; stages: LifecycleStage[] }
  | { kind: 'cluster'; cluster: number; model: ClusterModel };

export type SegmentKind = SegmentDefinition['kind'];

/** Segments this one reads through inSegment: they must be evaluated before it. */
export function segmentDependencies(definition: SegmentDefinition): string[] {
  return definition.kind === 'rule' ? conditionReferences([definition.condition]).segmentIds : [];
}
