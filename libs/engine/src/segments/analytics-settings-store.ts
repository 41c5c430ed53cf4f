import { resolveAnalyticsSettings, type AnalyticsSettings, type RfmBorders } from '@cascade/segments';
import type { DataSource, EntityManager } from 'typeorm';

/** The workspace's analytics settings (defaults where it set none); they were checked when saved. */
export async function loadAnalyticsSettings(db: DataSource | EntityManager, workspaceId: string): Promise<AnalyticsSettings> {
  const [row] = await db.query(`SELECT settings FROM workspace_analytics WHERE workspace_id = $1`, [workspaceId]);
  return resolveAnalyticsSettings(row?.settings ?? {});
}

/** The RFM quantile borders of the last full recompute, or null before the first one. */
export async function loadRfmBorders(db: DataSource | EntityManager, workspaceId: string): Promise<RfmBorders | null> {
  const [row] = await db.query(`SELECT rfm_borders FROM workspace_analytics WHERE workspace_id = $1`, [workspaceId]);
  return row?.rfm_borders ?? null;
}
