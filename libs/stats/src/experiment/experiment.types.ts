import type { SampleRatioCheck } from '../contingency/sample-ratio-mismatch';
import type { ChiSquareResult, Interval } from '../stats.types';

export interface VariantData {
  id: string;
  label?: string;
  /** Configured weight, on any positive scale (percent, parts). */
  weight: number;
  /** Contacts assigned to the variant. */
  assigned: number;
  /** Of those, contacts who converted. */
  converted: number;
  /** Over every assigned contact's revenue, zeros included implicitly. */
  revenue: { sum: number; sumOfSquares: number };
}

export interface ExperimentInput {
  variants: VariantData[];
  controlId: string;
  /** Confidence of every interval, and the P(best) a verdict needs; 0.95 by default. */
  confidence?: number;
  /** Power wanted for the sample size; 0.8 by default. */
  power?: number;
  /** RELATIVE effect worth detecting (0.1 = +10%); by default the observed leader-vs-control effect. */
  minimumDetectableEffect?: number;
  /** p-value below which the split is a sample ratio mismatch; 0.001 by default. */
  srmThreshold?: number;
}

export interface Uplift {
  /** p_variant − p_control, with Newcombe's interval. */
  absolute: number;
  absoluteInterval: Interval;
  /** p_variant / p_control − 1, with the Katz interval (null when a success count is 0). */
  relative: number | null;
  relativeInterval: Interval | null;
  /** Two-sided z-test against the control, and the same after Holm over the non-control variants. */
  pValue: number | null;
  adjustedPValue: number | null;
}

export interface RevenueResult {
  total: number;
  perContact: number | null;
  /** Welch's t-test of revenue per contact against the control; null for the control itself. */
  vsControl: null | { difference: number; interval: Interval; pValue: number | null };
}

export interface VariantResult {
  id: string;
  /** The label when given, else the id. */
  label: string;
  weight: number;
  isControl: boolean;
  assigned: number;
  converted: number;
  rate: number | null;
  /** Wilson interval of the rate. */
  interval: Interval | null;
  /** Null for the control, or when either side has no contacts. */
  uplift: Uplift | null;
  /** Null while no contact has been assigned anywhere. */
  probabilityToBeBest: number | null;
  revenue: RevenueResult;
}

export interface ExperimentPower {
  baselineRate: number;
  /** The absolute difference the sample size is computed for. */
  minimumDetectableEffect: number;
  /** The same as a share of the baseline. */
  relativeEffect: number;
  neededPerVariant: number;
  /** Σ over variants of max(0, neededPerVariant − assigned). */
  remaining: number;
}

export type VerdictStatus = 'no_data' | 'sample_ratio_mismatch' | 'winner' | 'leading' | 'inconclusive';

export interface Verdict {
  status: VerdictStatus;
  leaderId: string | null;
  text: string;
}

export interface ExperimentResult {
  variants: VariantResult[];
  /** Pearson's test that every variant converts at the same rate. */
  chiSquare: ChiSquareResult | null;
  sampleRatio: SampleRatioCheck | null;
  power: ExperimentPower | null;
  verdict: Verdict;
}

export interface WinnerRule {
  minimumPerVariant: number;
  probability: number;
}

export interface RuleWinner {
  variantId: string;
  probability: number;
  reason: string;
}
