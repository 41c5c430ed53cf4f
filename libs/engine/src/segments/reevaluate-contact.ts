import type { DataSource } from 'typeorm';
import { loadAnalyticsSettings } from './analytics-settings-store';
import { computeContactScores } from './compute-scores';
import { materialiseSegment } from './materialise-segment';
import { loadSegments } from './segment-rows';

export interface ContactReevaluation {
  entered: string[];
  exited: string[];
}

/**
 * Re-scores one contact and re-evaluates its memberships of every segment now, after an event or a
 * change to the contact: milliseconds, not the next refresh. Runs under the contact's advisory lock,
 * so two events of one contact never race to open the same stay. Segments not filled yet are left
 * to their first fill.
 */
export async function reevaluateContact(dataSource: DataSource, { workspaceId, contactId, now = new Date().toISOString() }: {
  workspaceId: string;
  contactId: string;
  now?: string;
}): Promise<ContactReevaluation> {
  return dataSource.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('cascade:segments:' || $1::text))`, [contactId]);
    const settings = await loadAnalyticsSettings(manager, workspaceId);
    await computeContactScores(manager, { workspaceId, contactId, settings, now });
    const result: ContactReevaluation = { entered: [], exited: [] };
    for (const segment of await loadSegments(manager, workspaceId)) {
      if (segment.refreshedAt === null) continue;
      const changes = await materialiseSegment(manager, { segment, now, contactId });
      if (changes.entered > 0) result.entered.push(segment.id);
      if (changes.exited > 0) result.exited.push(segment.id);
    }
    return result;
  });
}
