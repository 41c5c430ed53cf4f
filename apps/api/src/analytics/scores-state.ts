import type { RfmLevels } from '@cascade/segments';
import type { DataSource } from 'typeorm';

/** When the workspace's scores were last fully recomputed, and on how many RFM levels. */
export interface ScoresState {
  refreshedAt: string | null;
  /** Null before the first recompute. */
  levels: RfmLevels | null;
}

export async function loadScoresState(db: DataSource, workspaceId: string): Promise<ScoresState> {
  const [row] = await db.query(
    `SELECT refreshed_at AS "refreshedAt", (rfm_borders ->> 'levels')::int AS levels FROM workspace_analytics WHERE workspace_id = $1`,
    [workspaceId]);
  return { refreshedAt: row?.refreshedAt ? new Date(row.refreshedAt).toISOString() : null, levels: row?.levels ?? null };
}
