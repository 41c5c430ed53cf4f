/** Per node of a journey (all versions, or the one given): step-event counts. */
export const NODE_COUNTS = `
  SELECT node_id AS "nodeId",
    count(*) FILTER (WHERE kind = 'node_entered')::int AS entered,
    count(*) FILTER (WHERE kind = 'message_sent')::int AS sent,
    count(DISTINCT message_id) FILTER (WHERE kind = 'message_status' AND status IN ('delivered', 'opened', 'clicked', 'replied'))::int AS delivered,
    count(DISTINCT message_id) FILTER (WHERE kind = 'message_status' AND status IN ('opened', 'clicked'))::int AS opened,
    count(DISTINCT message_id) FILTER (WHERE kind = 'message_status' AND status = 'clicked')::int AS clicked,
    count(*) FILTER (WHERE kind = 'message_failed')::int AS failed,
    count(*) FILTER (WHERE kind = 'message_skipped')::int AS suppressed
  FROM step_events WHERE journey_id = $1 AND ($2::uuid IS NULL OR version_id = $2) AND node_id IS NOT NULL
  GROUP BY node_id`;

export const EXITS_BY_HANDLE = `
  SELECT node_id AS "nodeId", handle, count(*)::int AS n
  FROM step_events WHERE journey_id = $1 AND ($2::uuid IS NULL OR version_id = $2) AND kind = 'node_exited'
  GROUP BY node_id, handle`;

/** Active enrollments whose latest entry or exit is an entry: they are waiting in that node now. */
export const WAITING_NOW = `
  SELECT node_id AS "nodeId", count(*)::int AS n FROM (
    SELECT DISTINCT ON (s.enrollment_id) s.node_id, s.kind
    FROM step_events s JOIN enrollments e ON e.id = s.enrollment_id AND e.status = 'active'
    WHERE s.journey_id = $1 AND ($2::uuid IS NULL OR s.version_id = $2) AND s.kind IN ('node_entered', 'node_exited')
    ORDER BY s.enrollment_id, s.seq DESC
  ) latest WHERE kind = 'node_entered' GROUP BY node_id`;

/**
 * Per node: enrollments that entered it, and those of them converting (the goal, attributed in the
 * conversions table, also after the journey ended) at or after first entering it, with their revenue.
 */
export const CONVERTED_AFTER_ENTERING = `
  SELECT entered.node_id AS "nodeId", count(*)::int AS reached, count(c.enrollment_id)::int AS converted,
    coalesce(sum(c.revenue), 0)::float8 AS revenue
  FROM (
    SELECT DISTINCT ON (enrollment_id, node_id) enrollment_id, node_id, occurred_at FROM step_events
    WHERE journey_id = $1 AND ($2::uuid IS NULL OR version_id = $2) AND kind = 'node_entered'
    ORDER BY enrollment_id, node_id, occurred_at
  ) entered
  LEFT JOIN conversions c ON c.enrollment_id = entered.enrollment_id AND c.converted_at >= entered.occurred_at
  GROUP BY entered.node_id`;
