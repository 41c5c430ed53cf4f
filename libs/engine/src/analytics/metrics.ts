import { SqlParams } from '@cascade/segments';
import type { AnalyticsDb } from './analytics-db';
import { parseAnalyticsPeriod, previousPeriod, type AnalyticsPeriod } from './analytics-period';
import { DEFAULT_AMOUNT_PROPERTY, DEFAULT_PURCHASE_EVENT, requireName } from './analytics-settings';
import { metricsSql, orderValueSql } from './metrics.sql';

export interface MetricsInput {
  workspaceId: string;
  /** Start of the half-open period [from, to), an ISO 8601 instant with a zone. */
  from: string;
  to: string;
  purchaseEvent?: string;
  amountProperty?: string;
}

/** Store metrics for a period; METRIC_DEFINITIONS states each one as the API docs show it. */
export interface Metrics {
  period: AnalyticsPeriod;
  orders: number;
  /** Sum of order values in the period, rounded to 2 decimals. */
  revenue: number;
  /** Distinct buyers in the period (E). */
  customers: number;
  /** Buyers whose first purchase ever is in the period. */
  newCustomers: number;
  /** revenue ÷ orders; null without orders. */
  aov: number | null;
  /** Lifetime revenue (before `to`) of the period's buyers ÷ their number; null without buyers. */
  ltv: number | null;
  /** Period buyers with ≥ 2 orders in total before `to` ÷ period buyers; null without buyers. */
  repeatPurchaseRate: number | null;
  /** (E − N) ÷ S; null when S = 0. */
  retentionRate: number | null;
  /** (S − (E − N)) ÷ S = 1 − CRR; null when S = 0. */
  churnRate: number | null;
  /** S: distinct buyers in the previous period. */
  previousCustomers: number;
  /** E − N: buyers of the previous period who bought again in the period. */
  retainedCustomers: number;
  previousPeriod: AnalyticsPeriod;
}

interface MetricsRow {
  orders: string;
  revenue: string;
  customers: string;
  new_customers: string;
  repeat_customers: string;
  previous_customers: string;
  retained_customers: string;
  aov: string | null;
  ltv: string | null;
}

/** AOV, LTV, RPR, CRR and churn of a workspace's purchases in [from, to); see METRIC_DEFINITIONS. */
export async function computeMetrics(db: AnalyticsDb, input: MetricsInput): Promise<Metrics> {
  const period = parseAnalyticsPeriod(input);
  const previous = previousPeriod(period);
  const purchaseEvent = requireName('purchaseEvent', input.purchaseEvent ?? DEFAULT_PURCHASE_EVENT);
  const amountProperty = requireName('amountProperty', input.amountProperty ?? DEFAULT_AMOUNT_PROPERTY);

  const params = new SqlParams(6);
  const [row]: MetricsRow[] = await db.query(metricsSql(orderValueSql(params)), [
    input.workspaceId, purchaseEvent, amountProperty, previous.from, period.from, period.to, ...params.values,
  ]);
  const customers = Number(row.customers);
  const previousCustomers = Number(row.previous_customers);
  const retainedCustomers = Number(row.retained_customers);
  return {
    period,
    orders: Number(row.orders),
    revenue: Number(row.revenue),
    customers,
    newCustomers: Number(row.new_customers),
    aov: nullableNumber(row.aov),
    ltv: nullableNumber(row.ltv),
    repeatPurchaseRate: ratio(Number(row.repeat_customers), customers),
    retentionRate: ratio(retainedCustomers, previousCustomers),
    // From the counts, not 1 − CRR in floating point (1 − 0.7 is 0.30000000000000004).
    churnRate: ratio(previousCustomers - retainedCustomers, previousCustomers),
    previousCustomers,
    retainedCustomers,
    previousPeriod: previous,
  };
}

/** A ratio whose denominator may be zero: null then, never 0 or NaN. */
function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

function nullableNumber(value: string | null): number | null {
  return value === null ? null : Number(value);
}
