import type { DataSource } from 'typeorm';
import { DomainError } from '@cascade/errors';
import type { JourneyGraph } from '@cascade/journey';

export interface PublishedVersion {
  id: string;
  version: number;
  graph: JourneyGraph;
}

/** The version `version` of the workspace's journey, or its latest when absent; 404 when there is none. */
export async function findPublishedVersion(dataSource: DataSource, workspaceId: string, journeyId: string, version?: number): Promise<PublishedVersion> {
  const [target]: PublishedVersion[] = await dataSource.query(
    `SELECT v.id, v.version, v.graph FROM journeys j JOIN journey_versions v ON v.journey_id = j.id
     WHERE j.id = $1 AND j.workspace_id = $2 AND ($3::int IS NULL OR v.version = $3) ORDER BY v.version DESC LIMIT 1`,
    [journeyId, workspaceId, version ?? null]);
  if (!target) {
    const message = version ? `Journey ${journeyId} has no version ${version}.` : `Journey ${journeyId} has no published version.`;
    throw new DomainError('not_found', 'journey_version_not_found', message, [{ path: version ? 'version' : 'id', code: 'journey_version_not_found', message }]);
  }
  return target;
}
