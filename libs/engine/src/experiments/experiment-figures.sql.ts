/**
 * The contacts of one split node's experiment, one row each: the variant of their first randomised
 * assignment (contacts sent to a chosen winner are not part of the experiment), when it happened,
 * whether an enrollment assigned to that variant converted after the assignment, and the revenue
 * of those conversions. Parameters: $1 journey, $2 node, $3 version ids or null (all), $4/$5 assigned from/to or null.
 */
const EXPERIMENT_CONTACTS = `
  WITH exits AS (
    SELECT DISTINCT ON (s.enrollment_id) s.enrollment_id, s.contact_id, s.variant, s.occurred_at
    FROM step_events s
    WHERE s.journey_id = $1 AND s.node_id = $2 AND s.kind = 'node_exited' AND s.variant IS NOT NULL
      AND s.reason IS DISTINCT FROM 'winner'
      AND ($3::uuid[] IS NULL OR s.version_id = ANY($3))
      AND ($4::timestamptz IS NULL OR s.occurred_at >= $4) AND ($5::timestamptz IS NULL OR s.occurred_at < $5)
    ORDER BY s.enrollment_id, s.seq
  ), ranked AS (
    SELECT x.*, first_value(variant) OVER earliest AS first_variant, first_value(occurred_at) OVER earliest AS assigned_at
    FROM exits x WINDOW earliest AS (PARTITION BY contact_id ORDER BY occurred_at, enrollment_id)
  ), contacts AS (
    SELECT r.contact_id, r.first_variant AS variant, min(r.assigned_at) AS assigned_at,
      count(c.enrollment_id) > 0 AS converted, coalesce(sum(c.revenue), 0)::float8 AS revenue
    FROM ranked r
    LEFT JOIN conversions c ON c.enrollment_id = r.enrollment_id AND c.converted_at >= r.occurred_at
    WHERE r.variant = r.first_variant
    GROUP BY r.contact_id, r.first_variant
  )`;

/**
 * Per UTC day of assignment and variant: contacts assigned, how many of them converted, and the
 * revenue sums Welch's t-test needs; the variant totals are these summed.
 */
export const DAILY_FIGURES = `${EXPERIMENT_CONTACTS}
  SELECT to_char(assigned_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS date, variant,
    count(*)::int AS assigned, count(*) FILTER (WHERE converted)::int AS converted,
    sum(revenue)::float8 AS "revenueSum", sum(revenue * revenue)::float8 AS "revenueSumOfSquares"
  FROM contacts GROUP BY 1, 2 ORDER BY 1, 2`;

/** Contacts sent straight to the chosen winner (not randomised): reported, not analysed. */
export const SENT_TO_WINNER = `
  SELECT count(DISTINCT contact_id)::int AS n FROM step_events
  WHERE journey_id = $1 AND node_id = $2 AND kind = 'node_exited' AND reason = 'winner'
    AND ($3::uuid[] IS NULL OR version_id = ANY($3))
    AND ($4::timestamptz IS NULL OR occurred_at >= $4) AND ($5::timestamptz IS NULL OR occurred_at < $5)`;
