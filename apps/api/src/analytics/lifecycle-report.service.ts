import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { LifecycleQueryDto } from './dto/lifecycle-query.dto';
import { lifecyclePeriod, snapshotDays } from './lifecycle-period';
import { CURRENT_STAGES_SQL, STAGE_HISTORY_SQL } from './lifecycle-report.sql';
import { loadScoresState } from './scores-state';

export interface StageCounts {
  new: number;
  active: number;
  sleeping: number;
  churned: number;
}

/** GET /api/v1/analytics/lifecycle. */
export interface LifecycleReport {
  refreshedAt: string | null;
  current: StageCounts & { prospects: number };
  /** Days with a recorded snapshot only: a day without a refresh has no counts, not zero counts. */
  history: ({ day: string } & StageCounts)[];
}

/** Lifecycle stages now (contact_scores) and over time (lifecycle_snapshots, one row per stage and day). */
@Injectable()
export class LifecycleReportService {
  constructor(private readonly dataSource: DataSource) {}

  async report(workspaceId: string, query: LifecycleQueryDto): Promise<LifecycleReport> {
    const period = lifecyclePeriod(query, new Date());
    const { first, last } = snapshotDays(period);
    const [state, [current], history] = await Promise.all([
      loadScoresState(this.dataSource, workspaceId),
      this.dataSource.query(CURRENT_STAGES_SQL, [workspaceId]),
      this.dataSource.query(STAGE_HISTORY_SQL, [workspaceId, first, last]),
    ]);
    return { refreshedAt: state.refreshedAt, current, history };
  }
}
