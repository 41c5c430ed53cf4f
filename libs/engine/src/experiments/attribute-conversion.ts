import type { DataSource } from 'typeorm';
import { isGoalEvent, toNumber, validZone, type JourneySettings } from '@cascade/journey';
import type { StoredEvent } from '../dispatcher/route-event';

/** The goal event's property that carries the money a conversion brought (docs/experiments.md#conversions). */
export const REVENUE_PROPERTY = 'amount';

/**
 * Attributes a goal event to the enrollments of the contact whose goal it meets: the goal's event,
 * filter and window, counted from the enrollment's start. Enrollments that already ended count too,
 * so a holdout that was sent nothing converts like everyone else (and cancelled ones: experiments
 * count everyone assigned). In each journey the event goes to the latest such enrollment only, so a
 * contact who re-entered does not bring its revenue twice. An enrollment's conversion is its
 * earliest goal event, whatever order events are routed in; routing an event again changes nothing.
 */
export async function attributeConversion(dataSource: DataSource, event: StoredEvent): Promise<number> {
  const candidates: { id: string; journeyId: string; versionId: string; startedAt: Date; settings: JourneySettings; timezone: string | null }[] =
    await dataSource.query(
      `SELECT e.id, e.journey_id AS "journeyId", e.version_id AS "versionId", e.started_at AS "startedAt", v.graph->'settings' AS settings, c.timezone
       FROM enrollments e
       JOIN journey_versions v ON v.id = e.version_id
       JOIN contacts c ON c.id = e.contact_id
       WHERE e.contact_id = $1 AND e.started_at <= $2 AND v.graph->'settings'->'goal'->>'event' = $3
         AND NOT EXISTS (SELECT 1 FROM conversions WHERE enrollment_id = e.id AND converted_at <= $2)`,
      [event.contactId, event.occurredAt, event.name],
    );
  const converting = latestPerJourney(candidates.filter((enrollment) =>
    isGoalEvent(enrollment.settings, event, enrollment.startedAt.toISOString(), validZone(enrollment.timezone ?? undefined))));
  if (converting.length === 0) return 0;
  const revenue = toNumber(event.properties?.[REVENUE_PROPERTY]) ?? 0;
  const inserted: unknown[] = await dataSource.query(
    `INSERT INTO conversions (enrollment_id, journey_id, version_id, contact_id, event_id, event_name, revenue, converted_at)
     SELECT unnest($1::uuid[]), unnest($2::uuid[]), unnest($3::uuid[]), $4, $5, $6, $7, $8
     ON CONFLICT (enrollment_id) DO UPDATE SET event_id = excluded.event_id, event_name = excluded.event_name, revenue = excluded.revenue,
       converted_at = excluded.converted_at
     WHERE excluded.converted_at < conversions.converted_at
     RETURNING enrollment_id`,
    [converting.map((e) => e.id), converting.map((e) => e.journeyId), converting.map((e) => e.versionId),
      event.contactId, event.id, event.name, revenue, event.occurredAt],
  );
  return inserted.length;
}

function latestPerJourney<T extends { journeyId: string; startedAt: Date }>(enrollments: T[]): T[] {
  const latest = new Map<string, T>();
  for (const enrollment of enrollments) {
    const known = latest.get(enrollment.journeyId);
    if (!known || enrollment.startedAt > known.startedAt) latest.set(enrollment.journeyId, enrollment);
  }
  return [...latest.values()];
}
