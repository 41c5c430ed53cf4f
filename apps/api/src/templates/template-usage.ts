import type { EntityManager } from 'typeorm';
import type { JourneyGraph } from '@cascade/journey';

/**
 * Whether the graph (an SQL expression) has a send node or a cascade step naming the template `$2`.
 * Compared in lower case: publish takes a UUID in either case, Postgres writes ids in lower case.
 */
const sendsTemplate = (graph: string) => `EXISTS (
  SELECT 1 FROM jsonb_array_elements(${graph}->'nodes') node
  WHERE lower(node->'config'->>'templateId') = lower($2)
    OR EXISTS (
      SELECT 1 FROM jsonb_array_elements(CASE jsonb_typeof(node->'config'->'steps') WHEN 'array' THEN node->'config'->'steps' ELSE '[]' END) step
      WHERE lower(step->>'templateId') = lower($2)))`;

/**
 * The journeys with a published version that sends the template (a send node or a cascade step):
 * contacts may be running on any of those versions, archived journeys included.
 */
export async function journeysUsingTemplate(manager: EntityManager, workspaceId: string, templateId: string): Promise<Array<{ id: string; name: string }>> {
  return manager.query(
    `SELECT j.id, j.name FROM journeys j
     WHERE j.workspace_id = $1 AND EXISTS (
       SELECT 1 FROM journey_versions v WHERE v.journey_id = j.id AND ${sendsTemplate('v.graph')})
     ORDER BY j.name, j.id`,
    [workspaceId, templateId],
  );
}

/** The active and paused journeys whose latest published version sends the template, with that version's graph. */
export async function liveJourneysUsingTemplate(manager: EntityManager, workspaceId: string, templateId: string): Promise<Array<{ id: string; name: string; graph: JourneyGraph }>> {
  return manager.query(
    `SELECT j.id, j.name, v.graph FROM journeys j
     JOIN LATERAL (SELECT graph FROM journey_versions WHERE journey_id = j.id ORDER BY version DESC LIMIT 1) v ON true
     WHERE j.workspace_id = $1 AND j.status IN ('active', 'paused') AND ${sendsTemplate('v.graph')}
     ORDER BY j.name, j.id`,
    [workspaceId, templateId],
  );
}
