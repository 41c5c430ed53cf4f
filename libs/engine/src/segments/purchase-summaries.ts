import { numberSql, SqlParams } from '@cascade/segments';
import type { DataSource, EntityManager } from 'typeorm';

/** One contact's purchases up to `now`, whole history and RFM period, as SQL aggregates them. */
export interface PurchaseSummaryRow {
  contactId: string;
  purchases: number;
  firstMs: number;
  lastMs: number;
  /** Median gap between consecutive purchases; null with fewer than two. */
  cadenceMs: number | null;
  /** Last purchase in the RFM period; null when none fell in it. */
  lastInPeriodMs: number | null;
  frequency: number;
  monetary: number;
}

/**
 * Aggregates purchases per contact in one pass (a window for the gaps, percentile_cont for their
 * median, which averages the two middle gaps as medianGapMs does). An amount that is not a number
 * or numeric text counts as 0: the order still counts.
 */
export async function purchaseSummaries(db: DataSource | EntityManager, input: {
  workspaceId: string;
  purchaseEvent: string;
  amountProperty: string;
  now: string;
  periodFrom: string;
  contactId?: string;
}): Promise<PurchaseSummaryRow[]> {
  const params = new SqlParams(5);
  const amount = numberSql(`(e.properties -> ${params.add(input.amountProperty)}::text)`, params);
  const rows: Record<string, string | number | null>[] = await db.query(
    `WITH p AS (
       SELECT e.contact_id, e.occurred_at, coalesce(${amount}, 0) AS amount,
              e.occurred_at - lag(e.occurred_at) OVER (PARTITION BY e.contact_id ORDER BY e.occurred_at) AS gap
       FROM contact_events e
       WHERE e.workspace_id = $1 AND e.name = $2 AND e.occurred_at <= $3 AND ($5::uuid IS NULL OR e.contact_id = $5))
     SELECT contact_id AS "contactId", count(*)::int AS purchases,
            extract(epoch FROM min(occurred_at)) * 1000 AS "firstMs",
            extract(epoch FROM max(occurred_at)) * 1000 AS "lastMs",
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM gap) * 1000) AS "cadenceMs",
            extract(epoch FROM max(occurred_at) FILTER (WHERE occurred_at >= $4)) * 1000 AS "lastInPeriodMs",
            count(*) FILTER (WHERE occurred_at >= $4)::int AS frequency,
            coalesce(sum(amount) FILTER (WHERE occurred_at >= $4), 0) AS monetary
     FROM p GROUP BY contact_id`,
    [input.workspaceId, input.purchaseEvent, input.now, input.periodFrom, input.contactId ?? null, ...params.values],
  );
  return rows.map((row) => ({
    contactId: String(row.contactId),
    purchases: Number(row.purchases),
    firstMs: Number(row.firstMs),
    lastMs: Number(row.lastMs),
    cadenceMs: row.cadenceMs === null ? null : Number(row.cadenceMs),
    lastInPeriodMs: row.lastInPeriodMs === null ? null : Number(row.lastInPeriodMs),
    frequency: Number(row.frequency),
    monetary: Number(row.monetary),
  }));
}
