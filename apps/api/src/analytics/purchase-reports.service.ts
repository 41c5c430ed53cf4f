import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  computeCohorts, computeMetrics, loadAnalyticsSettings, METRIC_DEFINITIONS, parseAnalyticsPeriod, type AnalyticsPeriod, type Cohort, type Metrics,
} from '@cascade/engine';
import type { AnalyticsPeriodQueryDto } from './dto/analytics-period-query.dto';
import type { CohortsQueryDto } from './dto/cohorts-query.dto';

/** GET /api/v1/analytics/cohorts. */
export interface CohortsReport {
  period: AnalyticsPeriod;
  timezone: string;
  cohorts: Cohort[];
}

/** GET /api/v1/analytics/metrics: the figures and, beside them, what each one means. */
export type MetricsReport = Metrics & { definitions: typeof METRIC_DEFINITIONS };

/** Reports over the purchase events themselves, with the workspace's purchase event and amount property. */
@Injectable()
export class PurchaseReportsService {
  constructor(private readonly dataSource: DataSource) {}

  async cohorts(workspaceId: string, query: CohortsQueryDto): Promise<CohortsReport> {
    const { purchaseEvent } = await loadAnalyticsSettings(this.dataSource, workspaceId);
    const timezone = query.timezone ?? 'UTC';
    // A bad period or time zone is an AnalyticsError, a DomainError the filter answers with 400.
    return {
      period: parseAnalyticsPeriod(query),
      timezone,
      cohorts: await computeCohorts(this.dataSource, { workspaceId, from: query.from, to: query.to, timezone, purchaseEvent }),
    };
  }

  async metrics(workspaceId: string, query: AnalyticsPeriodQueryDto): Promise<MetricsReport> {
    const { purchaseEvent, amountProperty } = await loadAnalyticsSettings(this.dataSource, workspaceId);
    const metrics = await computeMetrics(this.dataSource, { workspaceId, from: query.from, to: query.to, purchaseEvent, amountProperty });
    return { ...metrics, definitions: METRIC_DEFINITIONS };
  }
}
