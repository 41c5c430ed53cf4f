import type { EntityManager } from 'typeorm';

/**
 * Who would break if the segment went: journeys not archived whose draft or a published version
 * names it (triggers, broadcasts, inSegment), and segments whose rule reads it. A segment id is a
 * UUID, so finding its text in the stored JSON is exact.
 */
export async function segmentUsers(manager: EntityManager, workspaceId: string, segmentId: string): Promise<string[]> {
  const journeys: { id: string; name: string }[] = await manager.query(
    `SELECT j.id, j.name FROM journeys j
     WHERE j.workspace_id = $1 AND j.status <> 'archived'
       AND (strpos(lower(j.draft::text), $2::text) > 0
         OR EXISTS (SELECT 1 FROM journey_versions v WHERE v.journey_id = j.id AND strpos(lower(v.graph::text), $2::text) > 0))
     ORDER BY j.name`,
    [workspaceId, segmentId]);
  const segments: { id: string; name: string }[] = await manager.query(
    `SELECT id, name FROM segments WHERE workspace_id = $1 AND id <> $2::uuid AND strpos(lower(definition::text), $2::text) > 0 ORDER BY name`,
    [workspaceId, segmentId]);
  return [
    ...journeys.map((journey) => `journey "${journey.name}" (${journey.id})`),
    ...segments.map((segment) => `segment "${segment.name}" (${segment.id})`),
  ];
}
