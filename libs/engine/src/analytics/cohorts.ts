import type { AnalyticsDb } from './analytics-db';
import { parseAnalyticsPeriod } from './analytics-period';
import { DEFAULT_PURCHASE_EVENT, requireName, requireTimezone } from './analytics-settings';
import { COHORTS_SQL } from './cohorts.sql';

export interface CohortsInput {
  workspaceId: string;
  /** Cohorts are the months whose first day (in `timezone`) is in [from, to). */
  from: string;
  to: string;
  purchaseEvent?: string;
  /** IANA zone that decides where calendar months start; UTC by default. */
  timezone?: string;
}

export interface CohortMonth {
  /** 0 is the cohort's first-purchase month. */
  month: number;
  /** Cohort customers with a purchase in that calendar month. */
  customers: number;
  /** customers ÷ cohort size; 1 for month 0. */
  rate: number;
}

export interface Cohort {
  /** The first-purchase month, YYYY-MM in the requested time zone. */
  cohort: string;
  customers: number;
  retention: CohortMonth[];
}

interface CohortRow {
  cohort: string;
  month: number;
  customers: number;
  last_month: number;
}

/**
 * Retention by month of first purchase ever; months without new customers are left out, and every
 * cohort lists months 0..n up to the month of the last instant before `to`, with 0 where nobody bought.
 */
export async function computeCohorts(db: AnalyticsDb, input: CohortsInput): Promise<Cohort[]> {
  const period = parseAnalyticsPeriod(input);
  const purchaseEvent = requireName('purchaseEvent', input.purchaseEvent ?? DEFAULT_PURCHASE_EVENT);
  const timezone = requireTimezone(input.timezone ?? 'UTC');

  const rows: CohortRow[] = await db.query(COHORTS_SQL, [input.workspaceId, purchaseEvent, period.from, period.to, timezone]);
  const byCohort = new Map<string, CohortRow[]>();
  for (const row of rows) byCohort.set(row.cohort, [...(byCohort.get(row.cohort) ?? []), row]);
  return [...byCohort].map(([cohort, months]) => cohortOf(cohort, months));
}

/** Every cohort customer bought in month 0, so its count is the cohort size. */
function cohortOf(cohort: string, rows: CohortRow[]): Cohort {
  const active = new Map(rows.map((row) => [row.month, row.customers]));
  const size = active.get(0) ?? 0;
  const retention = Array.from({ length: rows[0].last_month + 1 }, (_, month) => {
    const customers = active.get(month) ?? 0;
    return { month, customers, rate: customers / size };
  });
  return { cohort, customers: size, retention };
}
