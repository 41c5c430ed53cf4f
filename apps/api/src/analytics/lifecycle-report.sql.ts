/**
 * Customers per lifecycle stage as of the last scoring, and prospects: contacts without a score row
 * (scores exist only for contacts with a purchase). Counting both tables beats an anti-join at
 * 1M contacts, and a score row always belongs to a contact of the same workspace.
 * $1 workspace.
 */
export const CURRENT_STAGES_SQL = `
SELECT
  count(*) FILTER (WHERE lifecycle_stage = 'new')::int AS new,
  count(*) FILTER (WHERE lifecycle_stage = 'active')::int AS active,
  count(*) FILTER (WHERE lifecycle_stage = 'sleeping')::int AS sleeping,
  count(*) FILTER (WHERE lifecycle_stage = 'churned')::int AS churned,
  ((SELECT count(*) FROM contacts WHERE workspace_id = $1) - count(*))::int AS prospects
FROM contact_scores
WHERE workspace_id = $1`;

/**
 * One row per day with a snapshot (the counts of that day's last refresh), in day order.
 * $1 workspace, $2 first day, $3 last day (inclusive).
 */
export const STAGE_HISTORY_SQL = `
SELECT to_char(day, 'YYYY-MM-DD') AS day,
  coalesce(sum(contacts) FILTER (WHERE stage = 'new'), 0)::int AS new,
  coalesce(sum(contacts) FILTER (WHERE stage = 'active'), 0)::int AS active,
  coalesce(sum(contacts) FILTER (WHERE stage = 'sleeping'), 0)::int AS sleeping,
  coalesce(sum(contacts) FILTER (WHERE stage = 'churned'), 0)::int AS churned
FROM lifecycle_snapshots
WHERE workspace_id = $1 AND day BETWEEN $2::date AND $3::date
GROUP BY day
ORDER BY day`;
