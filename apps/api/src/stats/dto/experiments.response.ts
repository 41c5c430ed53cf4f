import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

// What GET /journeys/:id/experiments answers (experiments.service.ts; @cascade/engine SplitExperiment; @cascade/stats ExperimentResult).
// Probabilities, p-values and intervals are null where undefined (no contacts, no conversions at all).

export class IntervalResponse {
  @ApiProperty({ type: 'number' })
  lower!: number;

  @ApiProperty({ type: 'number' })
  upper!: number;
}

export class UpliftResponse {
  @ApiProperty({ type: 'number', description: 'p_variant − p_control.' })
  absolute!: number;

  @ApiProperty({ type: () => IntervalResponse, description: 'Newcombe hybrid score interval.' })
  absoluteInterval!: IntervalResponse;

  @ApiProperty({ type: 'number', nullable: true, description: 'p_variant / p_control − 1 (null when a success count is 0).' })
  relative!: number | null;

  @ApiProperty({ type: () => IntervalResponse, nullable: true, description: 'Katz log interval.' })
  relativeInterval!: IntervalResponse | null;

  @ApiProperty({ type: 'number', nullable: true, description: 'Two-sided pooled two-proportion z-test against the control.' })
  pValue!: number | null;

  @ApiProperty({ type: 'number', nullable: true, description: 'Holm-adjusted over the non-control variants.' })
  adjustedPValue!: number | null;
}

export class RevenueComparisonResponse {
  @ApiProperty({ type: 'number' })
  difference!: number;

  @ApiProperty({ type: () => IntervalResponse })
  interval!: IntervalResponse;

  @ApiProperty({ type: 'number', nullable: true })
  pValue!: number | null;
}

export class VariantRevenueResponse {
  @ApiProperty({ type: 'number' })
  total!: number;

  @ApiProperty({ type: 'number', nullable: true })
  perContact!: number | null;

  @ApiProperty({ type: () => RevenueComparisonResponse, nullable: true, description: 'Welch\'s t-test of revenue per contact against the control; null for the control itself.' })
  vsControl!: RevenueComparisonResponse | null;
}

export class VariantResultResponse {
  @ApiProperty()
  id!: string;

  @ApiProperty({ description: 'The label when given, else the id.' })
  label!: string;

  @ApiProperty({ type: 'number' })
  weight!: number;

  @ApiProperty()
  isControl!: boolean;

  @ApiProperty({ type: 'integer' })
  assigned!: number;

  @ApiProperty({ type: 'integer' })
  converted!: number;

  @ApiProperty({ type: 'number', nullable: true })
  rate!: number | null;

  @ApiProperty({ type: () => IntervalResponse, nullable: true, description: 'Wilson score interval of the rate.' })
  interval!: IntervalResponse | null;

  @ApiProperty({ type: () => UpliftResponse, nullable: true, description: 'Null for the control, or when either side has no contacts.' })
  uplift!: UpliftResponse | null;

  @ApiProperty({ type: 'number', nullable: true, description: 'Null while no contact has been assigned anywhere.' })
  probabilityToBeBest!: number | null;

  @ApiProperty({ type: () => VariantRevenueResponse })
  revenue!: VariantRevenueResponse;
}

export class ChiSquareResponse {
  @ApiProperty({ type: 'number' })
  statistic!: number;

  @ApiProperty({ type: 'integer' })
  degreesOfFreedom!: number;

  @ApiProperty({ type: 'number' })
  pValue!: number;
}

export class SampleRatioResponse {
  @ApiProperty({ type: 'number' })
  statistic!: number;

  @ApiProperty({ type: 'number' })
  pValue!: number;

  @ApiProperty({ description: 'pValue < 0.001: the split differs from the configured weights beyond chance.' })
  mismatch!: boolean;

  @ApiProperty({ type: [Number], description: 'Assignments the weights predict, per variant.' })
  expected!: number[];
}

export class ExperimentPowerResponse {
  @ApiProperty({ type: 'number' })
  baselineRate!: number;

  @ApiProperty({ type: 'number', description: 'The absolute difference the sample size is computed for.' })
  minimumDetectableEffect!: number;

  @ApiProperty({ type: 'number', description: 'The same as a share of the baseline.' })
  relativeEffect!: number;

  @ApiProperty({ type: 'integer' })
  neededPerVariant!: number;

  @ApiProperty({ type: 'integer', description: 'Σ over variants of max(0, neededPerVariant − assigned).' })
  remaining!: number;
}

export const VERDICT_STATUSES = ['no_data', 'sample_ratio_mismatch', 'winner', 'leading', 'inconclusive'] as const;

export class VerdictResponse {
  @ApiProperty({ enum: VERDICT_STATUSES, enumName: 'VerdictStatus' })
  status!: (typeof VERDICT_STATUSES)[number];

  @ApiProperty({ type: String, nullable: true })
  leaderId!: string | null;

  @ApiProperty()
  text!: string;
}

export class WinnerRuleResponse {
  @ApiProperty({ type: 'integer' })
  minimumPerVariant!: number;

  @ApiProperty({ type: 'number' })
  probability!: number;
}

/** A winner rule's decision: the variant new contacts go to (null when it found none), when, and why. */
export class SplitWinnerResponse {
  @ApiProperty({ type: String, nullable: true })
  variantId!: string | null;

  @ApiProperty({ format: 'date-time' })
  decidedAt!: string;

  @ApiProperty()
  reason!: string;
}

/** Per UTC day of assignment and variant. */
export class DailyFiguresResponse {
  @ApiProperty({ format: 'date', description: 'YYYY-MM-DD (UTC)' })
  date!: string;

  @ApiProperty()
  variantId!: string;

  @ApiProperty({ type: 'integer' })
  assigned!: number;

  @ApiProperty({ type: 'integer' })
  converted!: number;
}

export class SplitExperimentResponse {
  @ApiProperty({ type: () => [VariantResultResponse] })
  variants!: VariantResultResponse[];

  @ApiProperty({ type: () => ChiSquareResponse, nullable: true, description: 'Pearson\'s test that every variant converts at the same rate.' })
  chiSquare!: ChiSquareResponse | null;

  @ApiProperty({ type: () => SampleRatioResponse, nullable: true })
  sampleRatio!: SampleRatioResponse | null;

  @ApiProperty({ type: () => ExperimentPowerResponse, nullable: true })
  power!: ExperimentPowerResponse | null;

  @ApiProperty({ type: () => VerdictResponse })
  verdict!: VerdictResponse;

  @ApiProperty()
  nodeId!: string;

  @ApiProperty({ type: String, nullable: true })
  label!: string | null;

  @ApiProperty()
  controlId!: string;

  @ApiProperty({ type: () => WinnerRuleResponse, nullable: true })
  winnerRule!: WinnerRuleResponse | null;

  @ApiProperty({ type: () => SplitWinnerResponse, nullable: true })
  winner!: SplitWinnerResponse | null;

  @ApiProperty({ type: 'integer', description: 'Contacts sent straight to the winner: not randomised, so not in the figures.' })
  sentToWinner!: number;

  @ApiProperty({ type: () => [DailyFiguresResponse] })
  daily!: DailyFiguresResponse[];
}

/** The journey's goal: a contact converts when the event arrives within `within` of entering. */
export class JourneyGoalResponse {
  @ApiProperty()
  event!: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'A condition on the event (the journey condition language).' })
  filter?: Record<string, unknown>;

  @ApiProperty({ description: 'ISO duration, e.g. P7D.' })
  within!: string;
}

export class ExperimentsReportResponse {
  @ApiProperty({ format: 'uuid' })
  journeyId!: string;

  @ApiProperty({ type: 'integer', nullable: true, description: 'The version filtered on, or null for all versions (split configuration from the latest).' })
  version!: number | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  from!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  to!: string | null;

  @ApiProperty({ type: () => JourneyGoalResponse, nullable: true, description: 'What counts as a conversion; null when the journey has no goal (then nothing converts).' })
  goal!: JourneyGoalResponse | null;

  @ApiProperty({ type: () => [SplitExperimentResponse] })
  splits!: SplitExperimentResponse[];
}
