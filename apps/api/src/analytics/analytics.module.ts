import { Module } from '@nestjs/common';
import { AnalyticsController } from './analytics.controller';
import { LifecycleReportService } from './lifecycle-report.service';
import { PurchaseReportsService } from './purchase-reports.service';
import { RfmReportService } from './rfm-report.service';

@Module({ controllers: [AnalyticsController], providers: [RfmReportService, LifecycleReportService, PurchaseReportsService] })
export class AnalyticsModule {}
