import type { EntityManager } from 'typeorm';
import type { JourneyGraph } from '@cascade/journey';
import { broadcastTriggers, DEFAULT_BROADCAST_RATE_PER_SECOND } from './broadcast-trigger';

export interface PublishedBroadcastInput {
  journeyId: string;
  workspaceId: string;
  versionId: string;
  graph: JourneyGraph;
}

/**
 * Keeps a journey's broadcast in step with the version just published (inside the publish transaction).
 * A broadcast goes out once per journey: re-publishing while it is still scheduled updates its time,
 * version and rate (a fix before it goes out); once it runs or is done, re-publishing leaves it alone.
 * A version that no longer starts with a broadcast cancels one that has not finished.
 */
export async function scheduleBroadcast(manager: EntityManager, { journeyId, workspaceId, versionId, graph }: PublishedBroadcastInput): Promise<void> {
  const [trigger] = broadcastTriggers(graph);
  if (!trigger) {
    await manager.query(
      `UPDATE broadcasts SET status = 'cancelled', finished_at = now(), next_page_at = NULL, updated_at = now()
       WHERE journey_id = $1 AND status IN ('scheduled', 'running')`, [journeyId]);
    return;
  }
  const { at, segmentId, ratePerSecond = DEFAULT_BROADCAST_RATE_PER_SECOND } = trigger.config;
  // A broadcast cancelled before it started (its trigger was swapped out) may be scheduled again.
  await manager.query(
    `INSERT INTO broadcasts (journey_id, workspace_id, version_id, scheduled_at, rate_per_second, segment_id)
     VALUES ($1, $2, $3, coalesce($4::timestamptz, now()), $5, $6)
     ON CONFLICT (journey_id) DO UPDATE SET status = 'scheduled', version_id = EXCLUDED.version_id, scheduled_at = EXCLUDED.scheduled_at,
       rate_per_second = EXCLUDED.rate_per_second, segment_id = EXCLUDED.segment_id, finished_at = NULL, updated_at = now()
     WHERE broadcasts.status = 'scheduled' OR (broadcasts.status = 'cancelled' AND broadcasts.started_at IS NULL)`,
    [journeyId, workspaceId, versionId, at === undefined ? null : new Date(at), ratePerSecond, segmentId?.toLowerCase() ?? null]);
  await manager.query(`SELECT pg_notify('cascade_broadcasts', '')`);
}
