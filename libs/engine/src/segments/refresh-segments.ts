import type { DataSource, EntityManager } from 'typeorm';
import { loadAnalyticsSettings } from './analytics-settings-store';
import { computeWorkspaceScores } from './compute-scores';
import { materialiseSegment } from './materialise-segment';
import { loadSegments, type SegmentRow } from './segment-rows';

export interface WorkspaceRefresh {
  workspaceId: string;
  customers: number;
  segments: { id: string; name: string; entered: number; exited: number; members: number }[];
}

/**
 * The periodic refresh: recomputes RFM and lifecycle scores, then every segment in dependency
 * order, so changes caused only by time passing (a customer going quiet, a window sliding) enter
 * and leave segments like any other change.
 */
export async function refreshWorkspaceSegments(dataSource: DataSource, { workspaceId, now = new Date().toISOString(), heartbeat }: {
  workspaceId: string;
  now?: string;
  heartbeat?: () => void;
}): Promise<WorkspaceRefresh> {
  const settings = await loadAnalyticsSettings(dataSource, workspaceId);
  const { customers } = await computeWorkspaceScores(dataSource, { workspaceId, settings, now });
  const segments: WorkspaceRefresh['segments'] = [];
  for (const segment of await loadSegments(dataSource, workspaceId)) {
    heartbeat?.();
    const filled = await dataSource.transaction((manager) => fillSegment(manager, segment, now));
    segments.push({ id: segment.id, name: segment.name, ...filled });
  }
  return { workspaceId, customers, segments };
}

/**
 * Materialises a whole segment and records its member count, in the caller's transaction. The first
 * fill (never refreshed) is quiet: see materialiseSegment.
 */
export async function fillSegment(manager: EntityManager, segment: SegmentRow, now: string) {
  const changes = await materialiseSegment(manager, { segment, now, quiet: segment.refreshedAt === null });
  const [[{ members }]] = await manager.query(
    `UPDATE segments SET members = (SELECT count(*) FROM segment_memberships WHERE segment_id = $1 AND exited_at IS NULL),
       refreshed_at = $2 WHERE id = $1 RETURNING members`,
    [segment.id, now],
  );
  return { ...changes, members: members as number };
}

/** Every workspace that has segments or purchases to score. */
export async function refreshAllSegments(dataSource: DataSource, options: { now?: string; heartbeat?: () => void } = {}): Promise<WorkspaceRefresh[]> {
  const workspaces: { id: string }[] = await dataSource.query(`SELECT id FROM workspaces ORDER BY id`);
  const results: WorkspaceRefresh[] = [];
  for (const { id } of workspaces) results.push(await refreshWorkspaceSegments(dataSource, { workspaceId: id, ...options }));
  return results;
}
