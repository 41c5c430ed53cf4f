import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { loadAnalyticsSettings } from '@cascade/engine';
import { resolveAnalyticsSettings, SegmentSettingsError, type AnalyticsSettings } from '@cascade/segments';
import { AnalyticsSettingsError } from './analytics-settings.errors';
import { rfmSegmentsBroken, type StoredRfmSegment } from './rfm-segments-broken.rule';

/** What the workspace calls a purchase and how it scores customers (RFM, lifecycle): docs/segments-and-analytics.md. */
@Injectable()
export class AnalyticsSettingsService {
  constructor(private readonly dataSource: DataSource) {}

  /** The settings with defaults filled in. */
  get(workspaceId: string): Promise<AnalyticsSettings> {
    return loadAnalyticsSettings(this.dataSource, workspaceId);
  }

  /**
   * Replaces the settings: what is omitted returns to its default. The input is stored as given, so
   * defaults stay defaults. Scores take the new settings at the next refresh.
   */
  async put(workspaceId: string, input: unknown): Promise<AnalyticsSettings> {
    const next = resolved(input);
    return this.dataSource.transaction(async (manager) => {
      // The row lock makes concurrent changes take turns, so each is checked against the settings it replaces.
      await manager.query(
        `INSERT INTO workspace_analytics (workspace_id) VALUES ($1) ON CONFLICT (workspace_id) DO NOTHING`, [workspaceId]);
      await manager.query(`SELECT 1 FROM workspace_analytics WHERE workspace_id = $1 FOR UPDATE`, [workspaceId]);
      const segments: StoredRfmSegment[] = await manager.query(
        `SELECT id, name, definition FROM segments WHERE workspace_id = $1 AND kind = 'rfm' ORDER BY name`, [workspaceId]);
      const broken = rfmSegmentsBroken({ segments, current: await loadAnalyticsSettings(manager, workspaceId), next });
      if (broken.length > 0) throw AnalyticsSettingsError.breaksSegments(broken);
      await manager.query(`UPDATE workspace_analytics SET settings = $2, updated_at = now() WHERE workspace_id = $1`, [workspaceId, JSON.stringify(input)]);
      return next;
    });
  }
}

function resolved(input: unknown): AnalyticsSettings {
  try {
    return resolveAnalyticsSettings(input);
  } catch (error) {
    throw error instanceof SegmentSettingsError ? AnalyticsSettingsError.invalid(error.details) : error;
  }
}
