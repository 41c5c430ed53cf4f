/**
 * Scored contacts and their revenue (rounded to cents here, exactly) per R-F-M code: at most levels³
 * rows however large the base, so the grid is built from these and no contact row reaches the API.
 * Rows scored on another scale (a re-score racing a change of levels) are skipped rather than put in
 * a cell that does not exist.
 * $1 workspace, $2 levels.
 */
export const RFM_CODE_TOTALS_SQL = `
SELECT r, f, m, count(*)::int AS contacts, round(coalesce(sum(monetary), 0), 2)::text AS revenue
FROM contact_scores
WHERE workspace_id = $1 AND r BETWEEN 1 AND $2 AND f BETWEEN 1 AND $2 AND m BETWEEN 1 AND $2
GROUP BY r, f, m
ORDER BY r, f, m`;
