import type { SegmentDefinition } from '@cascade/segments';

export interface SegmentView {
  id: string;
  name: string;
  description: string | null;
  kind: SegmentDefinition['kind'];
  /** The kind's fields: condition · codes and cells · stages · the cluster and its typical member. */
  definition: Record<string, unknown>;
  /** Current members as of the last change. */
  members: number;
  refreshedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SegmentRecord {
  id: string;
  name: string;
  description: string | null;
  kind: string;
  definition: Record<string, unknown>;
  members: number;
  refreshed_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export function toSegmentView(row: SegmentRecord): SegmentView {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    kind: row.kind as SegmentView['kind'],
    definition: publicDefinition(row),
    members: row.members,
    refreshedAt: row.refreshed_at ? row.refreshed_at.toISOString() : null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** A cluster's model is large and internal: the view names the cluster and describes it. */
function publicDefinition(row: SegmentRecord): Record<string, unknown> {
  if (row.kind !== 'cluster') return row.definition;
  const { cluster, model } = row.definition as Extract<SegmentDefinition, { kind: 'cluster' }>;
  const described = model.clusters[cluster];
  return { cluster, k: model.k, seed: model.seed, label: described.label, typical: described.typical, size: described.size };
}
