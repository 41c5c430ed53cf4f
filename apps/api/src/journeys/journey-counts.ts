import type { EntityManager } from 'typeorm';

/** How many contacts a journey has enrolled and converted, over all its versions. */
export interface JourneyCounts {
  /** Enrollments with status `active`: contacts in the journey now. */
  activeEnrollments: number;
  /** Every enrollment, whatever its status. */
  enrollments: number;
  /** Enrollments attributed a goal conversion (the conversions table), also after they ended. */
  conversions: number;
  /** conversions / enrollments; null when the journey has enrolled nobody. */
  conversionRate: number | null;
}

export const NO_COUNTS: JourneyCounts = { activeEnrollments: 0, enrollments: 0, conversions: 0, conversionRate: null };

/**
 * The counts of every journey in `journeyIds`, in one grouped statement (each branch walks its
 * journey_id index); journeys with no enrollments are absent from the map.
 */
export async function journeyCounts(manager: EntityManager, journeyIds: string[]): Promise<Map<string, JourneyCounts>> {
  if (journeyIds.length === 0) return new Map();
  const rows: { journey_id: string; active: number; enrollments: number; conversions: number }[] = await manager.query(
    `SELECT journey_id, sum(active)::int AS active, sum(enrollments)::int AS enrollments, sum(conversions)::int AS conversions
     FROM (
       SELECT journey_id, count(*) FILTER (WHERE status = 'active') AS active, count(*) AS enrollments, 0 AS conversions
       FROM enrollments WHERE journey_id = ANY($1) GROUP BY journey_id
       UNION ALL
       SELECT journey_id, 0, 0, count(*) FROM conversions WHERE journey_id = ANY($1) GROUP BY journey_id
     ) counted GROUP BY journey_id`,
    [journeyIds],
  );
  return new Map(rows.map((row) => [row.journey_id, {
    activeEnrollments: row.active,
    enrollments: row.enrollments,
    conversions: row.conversions,
    conversionRate: row.enrollments === 0 ? null : row.conversions / row.enrollments,
  }]));
}
