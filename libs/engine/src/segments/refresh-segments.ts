import type { DataSource, EntityManager } from 'typeorm';
import { loadAnalyticsSettings } from './analytics-settings-store';
import { computeWorkspaceScores } from './compute-scores';
import { materialiseSegment } from './materialise-segment';
import { loadSegment, loadSegments, type SegmentRow } from './segment-rows';

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
  for (const { id } of await loadSegments(dataSource, workspaceId)) {
    heartbeat?.();
    const filled = await dataSource.transaction(async (manager) => {
      await lockWorkspaceSegments(manager, workspaceId);
      // Read again under the lock: an edit committed since the list was read is what counts now.
      const segment = await loadSegment(manager, id);
      return segment ? { id, name: segment.name, ...(await fillSegment(manager, segment, now)) } : null;
    });
    if (filled) segments.push(filled);
  }
  return { workspaceId, customers, segments };
}

/**
 * Materialises a whole segment in the caller's transaction, which must hold lockWorkspaceSegments.
 * The first fill (never refreshed) is quiet: see materialiseSegment.
 */
export async function fillSegment(manager: EntityManager, segment: SegmentRow, now: string) {
  const changes = await materialiseSegment(manager, { segment, now, quiet: segment.refreshedAt === null });
  await manager.query(`UPDATE segments SET refreshed_at = $2 WHERE id = $1`, [segment.id, now]);
  const [{ members }] = await manager.query(
    `SELECT count(*)::int AS members FROM segment_memberships WHERE segment_id = $1 AND exited_at IS NULL`, [segment.id]);
  return { ...changes, members: members as number };
}

/**
 * Serialises what writes a workspace's segment definitions and their whole fills (API edits, the
 * refresh), so an edit never races a fill of the old definition and two edits cannot close a cycle.
 */
export async function lockWorkspaceSegments(manager: EntityManager, workspaceId: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('cascade:segment-definitions:' || $1::text))`, [workspaceId]);
}

/**
 * Every workspace in turn. One workspace failing (say a segment whose SQL Postgres refuses) is
 * logged and skipped, never stopping the others' refresh.
 */
export async function refreshAllSegments(dataSource: DataSource, options: { now?: string; heartbeat?: () => void; log?: (line: string) => void } = {}): Promise<WorkspaceRefresh[]> {
  const workspaces: { id: string }[] = await dataSource.query(`SELECT id FROM workspaces ORDER BY id`);
  const results: WorkspaceRefresh[] = [];
  for (const { id } of workspaces) {
    try {
      results.push(await refreshWorkspaceSegments(dataSource, { workspaceId: id, now: options.now, heartbeat: options.heartbeat }));
    } catch (error) {
      (options.log ?? console.error)(`segment refresh of workspace ${id} failed: ${(error as Error).message}`);
    }
  }
  return results;
}
