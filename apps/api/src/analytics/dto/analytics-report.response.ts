import { ApiProperty } from '@nestjs/swagger';

// What the analytics reports answer (rfm-report.ts, lifecycle-report.service.ts, purchase-reports.service.ts; @cascade/engine Metrics, Cohort).

export class RfmTotalsResponse {
  @ApiProperty({ type: 'integer' })
  contacts!: number;

  @ApiProperty({ type: 'number', description: 'Sum of the contacts\' monetary values, rounded to 2 decimals.' })
  revenue!: number;
}

export class RfmCellResponse extends RfmTotalsResponse {
  @ApiProperty({ type: 'integer', description: 'Recency level, 1 = most recent.' })
  r!: number;

  @ApiProperty({ type: 'integer', description: 'Frequency level, 1 = most frequent.' })
  f!: number;

  @ApiProperty({ type: String, nullable: true, description: 'The named cell holding (r, f), or null when the mapping leaves it out.' })
  name!: string | null;
}

export class RfmNamedTotalResponse extends RfmTotalsResponse {
  @ApiProperty()
  name!: string;
}

export class RfmCodeTotalResponse extends RfmTotalsResponse {
  @ApiProperty({ example: '1-1-1', description: 'R-F-M levels.' })
  code!: string;
}

export class RfmReportResponse {
  @ApiProperty({ enum: [3, 5], description: 'Levels per dimension of the current scores: 1 is the best, `levels` the worst.' })
  levels!: 3 | 5;

  @ApiProperty({ description: 'ISO duration of purchase history the scores look at.' })
  period!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The last full recompute; null before the first one (the grid is empty then).' })
  refreshedAt!: string | null;

  @ApiProperty({ type: () => [RfmCellResponse], description: 'Every (r, f) cell, empty ones included, R-major.' })
  cells!: RfmCellResponse[];

  @ApiProperty({ type: () => [RfmNamedTotalResponse], description: 'One entry per rule name, in rule order.' })
  named!: RfmNamedTotalResponse[];

  @ApiProperty({ type: () => RfmTotalsResponse, description: 'Cells no rule holds.' })
  unnamed!: RfmTotalsResponse;

  @ApiProperty({ type: () => RfmTotalsResponse })
  total!: RfmTotalsResponse;

  @ApiProperty({ type: () => [RfmCodeTotalResponse], description: 'The non-empty R-F-M codes, in order.' })
  codes!: RfmCodeTotalResponse[];
}

export class StageCountsResponse {
  @ApiProperty({ type: 'integer' })
  new!: number;

  @ApiProperty({ type: 'integer' })
  active!: number;

  @ApiProperty({ type: 'integer' })
  sleeping!: number;

  @ApiProperty({ type: 'integer' })
  churned!: number;
}

export class CurrentStagesResponse extends StageCountsResponse {
  @ApiProperty({ type: 'integer', description: 'Contacts with no purchase.' })
  prospects!: number;
}

export class StageDayResponse extends StageCountsResponse {
  @ApiProperty({ format: 'date', description: 'YYYY-MM-DD (UTC)' })
  day!: string;
}

export class LifecycleReportResponse {
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  refreshedAt!: string | null;

  @ApiProperty({ type: () => CurrentStagesResponse, description: 'As of the last refresh.' })
  current!: CurrentStagesResponse;

  @ApiProperty({ type: () => [StageDayResponse], description: 'Days with a recorded refresh only: a day without one has no counts, not zero counts.' })
  history!: StageDayResponse[];
}

/** The half-open period [from, to). */
export class AnalyticsPeriodResponse {
  @ApiProperty({ format: 'date-time' })
  from!: string;

  @ApiProperty({ format: 'date-time' })
  to!: string;
}

export class CohortMonthResponse {
  @ApiProperty({ type: 'integer', description: '0 is the cohort\'s first-purchase month.' })
  month!: number;

  @ApiProperty({ type: 'integer', description: 'Cohort customers with a purchase in that calendar month.' })
  customers!: number;

  @ApiProperty({ type: 'number', description: 'customers ÷ cohort size; 1 for month 0.' })
  rate!: number;
}

export class CohortResponse {
  @ApiProperty({ example: '2026-03', description: 'The first-purchase month, YYYY-MM in the requested time zone.' })
  cohort!: string;

  @ApiProperty({ type: 'integer' })
  customers!: number;

  @ApiProperty({ type: () => [CohortMonthResponse] })
  retention!: CohortMonthResponse[];
}

export class CohortsReportResponse {
  @ApiProperty({ type: () => AnalyticsPeriodResponse })
  period!: AnalyticsPeriodResponse;

  @ApiProperty({ description: 'IANA time zone the months are in.' })
  timezone!: string;

  @ApiProperty({ type: () => [CohortResponse] })
  cohorts!: CohortResponse[];
}

export class MetricsReportResponse {
  @ApiProperty({ type: () => AnalyticsPeriodResponse })
  period!: AnalyticsPeriodResponse;

  @ApiProperty({ type: () => AnalyticsPeriodResponse })
  previousPeriod!: AnalyticsPeriodResponse;

  @ApiProperty({ type: 'integer' })
  orders!: number;

  @ApiProperty({ type: 'number' })
  revenue!: number;

  @ApiProperty({ type: 'integer' })
  customers!: number;

  @ApiProperty({ type: 'integer' })
  newCustomers!: number;

  @ApiProperty({ type: 'number', nullable: true })
  aov!: number | null;

  @ApiProperty({ type: 'number', nullable: true })
  ltv!: number | null;

  @ApiProperty({ type: 'number', nullable: true })
  repeatPurchaseRate!: number | null;

  @ApiProperty({ type: 'number', nullable: true })
  retentionRate!: number | null;

  @ApiProperty({ type: 'number', nullable: true })
  churnRate!: number | null;

  @ApiProperty({ type: 'integer' })
  previousCustomers!: number;

  @ApiProperty({ type: 'integer' })
  retainedCustomers!: number;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'What each figure means, by name.' })
  definitions!: Record<string, string>;
}
