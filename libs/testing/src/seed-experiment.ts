import type { DataSource } from 'typeorm';
import { seedPublishedJourney, seedWorkspace } from './seed';
import type { JourneyGraph } from '@cascade/journey';

/** One contact's pass through a split as the workflow records it, and whether the goal followed. */
export interface SeededAssignment {
  variant: string;
  converted: boolean;
  revenue?: number;
  /** Defaults to an hour ago; the conversion (if any) follows a minute later. */
  assignedAt?: string;
  /** `winner` for a contact the winner rule sent (not randomised). */
  reason?: string;
  /** Re-entries of one contact share it; a new contact by default. */
  contactId?: string;
  versionId?: string;
}

/** A published journey with a goal and one split node `ab` with the given variants and config. */
export function splitGraph(config: Record<string, unknown>): JourneyGraph {
  const variants = config.variants as { id: string }[];
  return {
    nodes: [
      { id: 'start', type: 'trigger', config: { kind: 'api' } },
      { id: 'ab', type: 'split', config },
      ...variants.map((variant) => ({ id: `exit-${variant.id}`, type: 'exit' as const })),
    ],
    edges: [{ from: 'start', to: 'ab' }, ...variants.map((variant) => ({ from: 'ab', handle: variant.id, to: `exit-${variant.id}` }))],
    settings: { goal: { event: 'purchase', within: 'P7D' } },
  };
}

export async function seedSplitJourney(dataSource: DataSource, config: Record<string, unknown>): Promise<{ journeyId: string; versionId: string }> {
  return seedPublishedJourney(dataSource, splitGraph(config), `split ${Math.random()}`);
}

/**
 * Writes what running `assignments` through the journey leaves behind — contacts, enrollments, the
 * split's node_exited step events and attributed conversions — in a few bulk statements.
 */
export async function seedAssignments(
  dataSource: DataSource,
  journey: { journeyId: string; versionId: string; workspaceId?: string },
  assignments: SeededAssignment[],
): Promise<string[]> {
  const created = await createContacts(dataSource, assignments.filter((a) => !a.contactId).length, journey.workspaceId);
  let next = 0;
  const contactIds = assignments.map((a) => a.contactId ?? created[next++]);
  const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
  const assignedAt = assignments.map((a) => a.assignedAt ?? hourAgo);
  const versionIds = assignments.map((a) => a.versionId ?? journey.versionId);
  const enrollments: { id: string }[] = await dataSource.query(
    `INSERT INTO enrollments (journey_id, version_id, contact_id, status, workflow_id, started_at)
     SELECT $1, v, c, 'completed', 'seeded-' || gen_random_uuid(), a FROM unnest($2::uuid[], $3::uuid[], $4::timestamptz[]) WITH ORDINALITY AS t(v, c, a, n)
     ORDER BY n RETURNING id`,
    [journey.journeyId, versionIds, contactIds, assignedAt]);
  const enrollmentIds = enrollments.map((row) => row.id);
  await dataSource.query(
    `INSERT INTO step_events (enrollment_id, seq, journey_id, version_id, contact_id, kind, node_id, handle, variant, reason, occurred_at)
     SELECT e, 1, $1, v, c, 'node_exited', 'ab', variant, variant, r, a
     FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::timestamptz[]) AS t(e, v, c, variant, r, a)`,
    [journey.journeyId, enrollmentIds, versionIds, contactIds, assignments.map((a) => a.variant), assignments.map((a) => a.reason ?? null), assignedAt]);
  const converting = assignments.flatMap((a, i) => (a.converted ? [i] : []));
  await dataSource.query(
    `INSERT INTO conversions (enrollment_id, journey_id, version_id, contact_id, event_name, revenue, converted_at)
     SELECT e, $1, v, c, 'purchase', r, a + interval '1 minute' FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::numeric[], $6::timestamptz[]) AS t(e, v, c, r, a)`,
    [journey.journeyId, converting.map((i) => enrollmentIds[i]), converting.map((i) => versionIds[i]), converting.map((i) => contactIds[i]),
      converting.map((i) => assignments[i].revenue ?? 0), converting.map((i) => assignedAt[i])]);
  await dataSource.query(`ANALYZE step_events, conversions`); // as autovacuum would after a bulk load
  return contactIds;
}

/** `count` bare contacts of the workspace (the test workspace by default). */
export async function createContacts(dataSource: DataSource, count: number, workspaceId?: string): Promise<string[]> {
  const rows: { id: string }[] = await dataSource.query(
    `INSERT INTO contacts (workspace_id) SELECT $1 FROM generate_series(1, $2) RETURNING id`, [workspaceId ?? (await seedWorkspace(dataSource)), count]);
  return rows.map((row) => row.id);
}
