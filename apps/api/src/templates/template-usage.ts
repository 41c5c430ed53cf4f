import type { EntityManager } from 'typeorm';

/**
 * The journeys with a published version that sends the template (a send node or a cascade step):
 * contacts may be running on any of those versions, archived journeys included.
 */
export async function journeysUsingTemplate(manager: EntityManager, workspaceId: string, templateId: string): Promise<Array<{ id: string; name: string }>> {
  return manager.query(
    `SELECT j.id, j.name FROM journeys j
     WHERE j.workspace_id = $1 AND EXISTS (
       SELECT 1 FROM journey_versions v, jsonb_array_elements(v.graph->'nodes') node
       WHERE v.journey_id = j.id
         AND (node->'config'->>'templateId' = $2
           OR node->'config'->'steps' @> jsonb_build_array(jsonb_build_object('templateId', $2::text))))
     ORDER BY j.name, j.id`,
    [workspaceId, templateId],
  );
}
