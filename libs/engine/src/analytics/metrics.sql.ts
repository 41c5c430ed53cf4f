import { numberSql, type SqlParams } from '@cascade/segments';

/**
 * The order value of a purchase row `e`: the amount property ($3) read as toNumber() reads it (a JSON
 * number or numeric text such as "12.50"), else 0, so the order still counts.
 */
export function orderValueSql(params: SqlParams): string {
  return `coalesce(${numberSql('(e.properties -> $3::text)', params)}, 0)`;
}

/**
 * One pass over the purchases of the previous period and the period ($4 ≤ t < $6, split at $5) through
 * the (workspace, name, time) index, then the whole history before `to` of the period's customers only,
 * through the (contact, name, time) index. Money stays numeric until the final round(…, 2).
 * $1 workspace, $2 purchase event, $3 amount property, $4 previous from, $5 from, $6 to; $7… what orderValueSql binds.
 */
export const metricsSql = (amount: string) => `
WITH recent AS (
  SELECT e.contact_id,
    count(*) FILTER (WHERE e.occurred_at >= $5::timestamptz) AS period_orders,
    sum(${amount}) FILTER (WHERE e.occurred_at >= $5::timestamptz) AS period_revenue,
    bool_or(e.occurred_at < $5::timestamptz) AS in_previous
  FROM contact_events e
  WHERE e.workspace_id = $1 AND e.name = $2 AND e.occurred_at >= $4::timestamptz AND e.occurred_at < $6::timestamptz
  GROUP BY e.contact_id
), lifetime AS (
  SELECT e.contact_id, count(*) AS orders, sum(${amount}) AS revenue, min(e.occurred_at) AS first_purchase
  FROM recent r
  JOIN contact_events e ON e.contact_id = r.contact_id AND e.name = $2 AND e.occurred_at < $6::timestamptz
  WHERE r.period_orders > 0 AND e.workspace_id = $1
  GROUP BY e.contact_id
)
SELECT
  coalesce(sum(r.period_orders), 0) AS orders,
  round(coalesce(sum(r.period_revenue), 0), 2) AS revenue,
  count(l.contact_id) AS customers,
  count(*) FILTER (WHERE l.first_purchase >= $5::timestamptz) AS new_customers,
  count(*) FILTER (WHERE l.orders >= 2) AS repeat_customers,
  count(*) FILTER (WHERE r.in_previous) AS previous_customers,
  count(*) FILTER (WHERE r.in_previous AND r.period_orders > 0) AS retained_customers,
  round(sum(r.period_revenue) / nullif(sum(r.period_orders), 0), 2) AS aov,
  round(sum(l.revenue) / nullif(count(l.contact_id), 0), 2) AS ltv
FROM recent r
LEFT JOIN lifetime l ON l.contact_id = r.contact_id`;
