/** Whole calendar months from local month start `start` to local month start `end` (both timestamps). */
const monthsBetween = (start: string, end: string) =>
  `((extract(year from ${end}) - extract(year from ${start})) * 12 + extract(month from ${end}) - extract(month from ${start}))::int`;

const localMonth = (instant: string) => `date_trunc('month', (${instant}) AT TIME ZONE $5::text)`;

/**
 * Cohort customers active per local calendar month, as rows (cohort, month, customers, last_month).
 * A cohort customer's first purchase is at or after `from`, so only the period's buyers are candidates;
 * their history comes through the (contact, name, time) index. Nothing at or after `to` is read, and
 * the last month is the one holding the last instant before `to`.
 * $1 workspace, $2 purchase event, $3 from, $4 to, $5 IANA time zone.
 */
export const COHORTS_SQL = `
WITH candidates AS (
  SELECT DISTINCT e.contact_id
  FROM contact_events e
  WHERE e.workspace_id = $1 AND e.name = $2 AND e.occurred_at >= $3::timestamptz AND e.occurred_at < $4::timestamptz
), history AS (
  SELECT e.contact_id, e.occurred_at
  FROM candidates c
  JOIN contact_events e ON e.contact_id = c.contact_id AND e.name = $2 AND e.occurred_at < $4::timestamptz
  WHERE e.workspace_id = $1
), members AS (
  SELECT contact_id, ${localMonth('min(occurred_at)')} AS cohort_month
  FROM history
  GROUP BY contact_id
), activity AS (
  SELECT DISTINCT m.cohort_month, m.contact_id, ${localMonth('h.occurred_at')} AS active_month
  FROM members m
  JOIN history h ON h.contact_id = m.contact_id
  WHERE m.cohort_month AT TIME ZONE $5::text >= $3::timestamptz AND m.cohort_month AT TIME ZONE $5::text < $4::timestamptz
)
SELECT to_char(cohort_month, 'YYYY-MM') AS cohort,
  ${monthsBetween('cohort_month', 'active_month')} AS month,
  count(*)::int AS customers,
  ${monthsBetween('cohort_month', localMonth(`$4::timestamptz - interval '1 microsecond'`))} AS last_month
FROM activity
GROUP BY cohort_month, active_month
ORDER BY cohort_month, active_month`;
