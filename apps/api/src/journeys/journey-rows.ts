import type { EntityManager } from 'typeorm';
import { Journey, JourneyVersion } from '@cascade/db';
import { JourneyError } from './journey.errors';

/**
 * The journey `id` of `workspaceId`, or journey_not_found: another workspace's journey is
 * indistinguishable from a missing one. `lock` takes the row FOR UPDATE (inside a transaction).
 */
export async function findJourney(
  manager: EntityManager,
  { workspaceId, id, lock = false }: { workspaceId: string; id: string; lock?: boolean },
): Promise<Journey> {
  const journey = await manager.findOne(Journey, {
    where: { id, workspaceId },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!journey) throw JourneyError.notFound(id);
  return journey;
}

export async function latestVersion(manager: EntityManager, journeyId: string): Promise<number | null> {
  return manager.maximum(JourneyVersion, 'version', { journeyId });
}

/** The newest version number of each journey, in one query; absent for never-published journeys. */
export async function latestVersions(manager: EntityManager, journeyIds: string[]): Promise<Map<string, number>> {
  if (journeyIds.length === 0) return new Map();
  const rows: { journey_id: string; version: number }[] = await manager.query(
    `SELECT journey_id, max(version)::int AS version FROM journey_versions WHERE journey_id = ANY($1) GROUP BY journey_id`,
    [journeyIds],
  );
  return new Map(rows.map((row) => [row.journey_id, row.version]));
}
