import { ApplicationFailure } from '@temporalio/common';
import type { DataSource } from 'typeorm';
import type { ContactChanges, JourneyOutcome } from '@cascade/journey';
import type { EnrollmentSnapshot } from '@cascade/workflows';
import { reevaluateContact } from '@cascade/engine';
import { CONTACT_COLUMNS, toContactSnapshot, type ContactRow } from './contact-row';

export function createEnrollmentActivities(deps: { dataSource: DataSource }) {
  const { dataSource } = deps;
  return {
    /** The enrollment with its pinned version's graph: publishing a new version never changes it. */
    async loadEnrollment({ enrollmentId }: { enrollmentId: string }): Promise<EnrollmentSnapshot> {
      const [row] = await dataSource.query(
        `SELECT e.journey_id, e.version_id, e.contact_id, e.started_at, v.graph
         FROM enrollments e JOIN journey_versions v ON v.id = e.version_id WHERE e.id = $1`,
        [enrollmentId],
      );
      if (!row) throw ApplicationFailure.nonRetryable(`enrollment ${enrollmentId} does not exist`, 'EnrollmentNotFound');
      return {
        enrollmentId, journeyId: row.journey_id, versionId: row.version_id, startedAt: new Date(row.started_at).toISOString(),
        graph: row.graph, contact: await loadContact(dataSource, row.contact_id),
      };
    },

    async loadContext(input: { contactId: string; segmentIds: string[]; eventNames: string[] }) {
      const events = input.eventNames.length === 0 ? [] : await dataSource.query(
        `SELECT id, name, properties, occurred_at FROM contact_events
         WHERE contact_id = $1 AND name = ANY($2) ORDER BY occurred_at DESC LIMIT 1000`,
        [input.contactId, input.eventNames],
      );
      return {
        contact: await loadContact(dataSource, input.contactId),
        segments: await currentSegments(dataSource, input.contactId, input.segmentIds),
        events: events.reverse().map((e: { id: string; name: string; properties: Record<string, unknown>; occurred_at: Date }) => ({
          id: e.id, name: e.name, properties: e.properties, occurredAt: new Date(e.occurred_at).toISOString(),
        })),
      };
    },

    async updateContact({ contactId, changes }: { contactId: string; changes: ContactChanges }) {
      const [[updated]] = await dataSource.query(
        `UPDATE contacts SET
           attributes = (attributes || $2::jsonb) - $3::text[],
           tags = ARRAY(SELECT DISTINCT t FROM unnest(tags || $4::text[]) t WHERE t <> ALL($5::text[]) ORDER BY t),
           subscriptions = subscriptions || $6::jsonb,
           updated_at = now()
         WHERE id = $1 RETURNING workspace_id`,
        [contactId, JSON.stringify(changes.set ?? {}), changes.unset ?? [], changes.addTags ?? [], changes.removeTags ?? [],
          JSON.stringify(changes.subscriptions ?? {})],
      );
      // A changed attribute or tag can move the contact in or out of rule segments.
      if (updated) await reevaluateContact(dataSource, { workspaceId: updated.workspace_id, contactId });
      return loadContact(dataSource, contactId);
    },

    async completeEnrollment({ enrollmentId, outcome }: { enrollmentId: string; outcome: JourneyOutcome }): Promise<void> {
      await dataSource.query(
        `UPDATE enrollments SET status = $2, exit_reason = $3, last_node_id = $4, ended_at = $5 WHERE id = $1 AND status = 'active'`,
        [enrollmentId, outcome.status, outcome.reason, outcome.nodeId, outcome.at],
      );
    },
  };
}

async function loadContact(dataSource: DataSource, contactId: string) {
  const [row] = (await dataSource.query(`SELECT ${CONTACT_COLUMNS} FROM contacts WHERE id = $1`, [contactId])) as ContactRow[];
  if (!row) throw ApplicationFailure.nonRetryable(`contact ${contactId} does not exist`, 'ContactNotFound');
  return toContactSnapshot(row);
}

/** Which of the segments a branch reads the contact is in now, from the materialised memberships. */
async function currentSegments(dataSource: DataSource, contactId: string, segmentIds: string[]): Promise<string[]> {
  if (segmentIds.length === 0) return [];
  const rows: { segment_id: string }[] = await dataSource.query(
    `SELECT segment_id FROM segment_memberships WHERE contact_id = $1 AND exited_at IS NULL AND segment_id::text = ANY($2::text[])`,
    [contactId, segmentIds.map((id) => id.toLowerCase())],
  );
  const current = new Set(rows.map((row) => row.segment_id));
  return segmentIds.filter((id) => current.has(id.toLowerCase()));
}
