import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { WorkspaceId } from '../auth/workspace-id.decorator';
import { ApiErrorResponses } from '../common/error.response';
import { COHORTS_REPORT_DOC, LIFECYCLE_REPORT_DOC, METRICS_REPORT_DOC, RFM_REPORT_DOC } from './analytics-docs';
import { CohortsReportResponse, LifecycleReportResponse, MetricsReportResponse, RfmReportResponse } from './dto/analytics-report.response';
import { AnalyticsPeriodQueryDto } from './dto/analytics-period-query.dto';
import { CohortsQueryDto } from './dto/cohorts-query.dto';
import { LifecycleQueryDto } from './dto/lifecycle-query.dto';
import { LifecycleReportService } from './lifecycle-report.service';
import { PurchaseReportsService } from './purchase-reports.service';
import { RfmReportService } from './rfm-report.service';

/** docs/segments-and-analytics.md and docs/api.md: the CRM reports of the key's workspace. */
@Controller('api/v1/analytics')
export class AnalyticsController {
  constructor(
    private readonly rfm: RfmReportService,
    private readonly lifecycle: LifecycleReportService,
    private readonly purchases: PurchaseReportsService,
  ) {}

  @Get('rfm')
  @ApiOperation(RFM_REPORT_DOC)
  @ApiOkResponse({ type: RfmReportResponse })
  rfmGrid(@WorkspaceId() workspaceId: string) {
    return this.rfm.report(workspaceId);
  }

  @Get('lifecycle')
  @ApiOperation(LIFECYCLE_REPORT_DOC)
  @ApiOkResponse({ type: LifecycleReportResponse })
  @ApiErrorResponses([400])
  lifecycleStages(@WorkspaceId() workspaceId: string, @Query() query: LifecycleQueryDto) {
    return this.lifecycle.report(workspaceId, query);
  }

  @Get('cohorts')
  @ApiOperation(COHORTS_REPORT_DOC)
  @ApiOkResponse({ type: CohortsReportResponse })
  @ApiErrorResponses([400])
  cohorts(@WorkspaceId() workspaceId: string, @Query() query: CohortsQueryDto) {
    return this.purchases.cohorts(workspaceId, query);
  }

  @Get('metrics')
  @ApiOperation(METRICS_REPORT_DOC)
  @ApiOkResponse({ type: MetricsReportResponse })
  @ApiErrorResponses([400])
  metrics(@WorkspaceId() workspaceId: string, @Query() query: AnalyticsPeriodQueryDto) {
    return this.purchases.metrics(workspaceId, query);
  }
}
