import { orderSegments, type SegmentDefinition } from '@cascade/segments';
import type { DataSource, EntityManager } from 'typeorm';

export interface SegmentRow {
  id: string;
  workspaceId: string;
  name: string;
  definition: SegmentDefinition;
  /** Null until the first materialisation, which fills the segment without entry events. */
  refreshedAt: string | null;
}

/** The workspace's segments, each after the segments it reads (inSegment). */
export async function loadSegments(db: DataSource | EntityManager, workspaceId: string): Promise<SegmentRow[]> {
  const rows: { id: string; workspace_id: string; name: string; kind: string; definition: object; refreshed_at: Date | null }[] = await db.query(
    `SELECT id, workspace_id, name, kind, definition, refreshed_at FROM segments WHERE workspace_id = $1 ORDER BY created_at, id`, [workspaceId]);
  return orderSegments(rows.map(toSegmentRow));
}

/** One segment by id, or null when it was deleted. */
export async function loadSegment(db: DataSource | EntityManager, id: string): Promise<SegmentRow | null> {
  const [row] = await db.query(`SELECT id, workspace_id, name, kind, definition, refreshed_at FROM segments WHERE id = $1`, [id]);
  return row ? toSegmentRow(row) : null;
}

export function toSegmentRow(row: { id: string; workspace_id: string; name: string; kind: string; definition: object; refreshed_at: Date | null }): SegmentRow {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    definition: { kind: row.kind, ...row.definition } as SegmentDefinition,
    refreshedAt: row.refreshed_at ? new Date(row.refreshed_at).toISOString() : null,
  };
}
