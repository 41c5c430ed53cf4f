import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { loadAnalyticsSettings } from '@cascade/engine';
import { defaultRfmCells } from '@cascade/segments';
import { rfmReportGrid, type RfmCodeRow, type RfmReport } from './rfm-report';
import { RFM_CODE_TOTALS_SQL } from './rfm-report.sql';
import { loadScoresState } from './scores-state';

/** The RFM grid of the workspace's current scores (contact_scores, kept fresh by the segment refresh). */
@Injectable()
export class RfmReportService {
  constructor(private readonly dataSource: DataSource) {}

  async report(workspaceId: string): Promise<RfmReport> {
    const [settings, state] = await Promise.all([
      loadAnalyticsSettings(this.dataSource, workspaceId), loadScoresState(this.dataSource, workspaceId),
    ]);
    // Scores keep the scale they were computed on until the next refresh, even when the levels
    // setting changed since; a mapping written for the other scale would name the wrong cells.
    const levels = state.levels ?? settings.rfm.levels;
    const rules = levels === settings.rfm.levels ? settings.rfm.cells : defaultRfmCells(levels);
    const rows: RfmCodeRow[] = await this.dataSource.query(RFM_CODE_TOTALS_SQL, [workspaceId, levels]);
    return { levels, period: settings.rfm.period, refreshedAt: state.refreshedAt, ...rfmReportGrid({ rows, levels, rules }) };
  }
}
