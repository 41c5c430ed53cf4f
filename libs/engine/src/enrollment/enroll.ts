import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { entryDecision, type ContactEvent, type EntryDecision } from '@cascade/journey';
import { workflowId } from '@cascade/workflows';
import { startEnrollmentWorkflow } from './start-enrollment-workflow';

export interface EnrollDependencies {
  dataSource: DataSource;
  client: Client;
  taskQueue: string;
}

export interface EnrollInput {
  journeyId: string;
  contactId: string;
  triggerEvent?: ContactEvent;
  /**
   * What caused this enrollment: `event:<event id>`, `date:<day>`, `broadcast:<id>`, `api:<idempotency key>`.
   * One key enrolls a contact at most once per journey, ever, whatever the re-entry rule (a unique index).
   */
  triggerKey: string;
  /**
   * Give up waiting for Temporal after this long and answer `pending`: the enrollment is stored and the
   * worker's EnrollmentStarter starts its workflow once Temporal answers. Without it a failed start throws.
   */
  startDeadlineMs?: number;
}

export type EnrollResult =
  /**
   * `triggered`: the contact was enrolled under this trigger key before (`enrollmentId` is that enrollment, maybe ended).
   * `pending`: stored, and its workflow starts as soon as Temporal is reachable.
   */
  | { enrollmentId: string; created: boolean; triggered?: true; pending?: true }
  | { enrollmentId: null; skipped: Exclude<EntryDecision, { enter: true }>['reason'] | 'journey_not_active' };

type Decided = EnrollResult & { start?: boolean };

/**
 * Enrolls a contact in the journey's latest published version and starts its workflow. Concurrent
 * identical triggers are serialised per (journey, contact), the database allows one active enrollment
 * and one per trigger key, so there is never a second. An enrollment is stored `workflow_pending`
 * until its workflow has started: calling again, or the EnrollmentStarter, starts it (idempotent by id).
 */
export async function enroll(deps: EnrollDependencies, input: EnrollInput): Promise<EnrollResult> {
  const { start, ...decided }: Decided = await deps.dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [input.journeyId, input.contactId]);
    const [version] = await manager.query(
      `SELECT v.id, v.graph FROM journeys j JOIN journey_versions v ON v.journey_id = j.id
       WHERE j.id = $1 AND j.status = 'active' ORDER BY v.version DESC LIMIT 1`,
      [input.journeyId],
    );
    if (!version) return { enrollmentId: null, skipped: 'journey_not_active' as const };
    const past: PastEnrollment[] = await manager.query(
      `SELECT id, status, ended_at, trigger_key, workflow_pending FROM enrollments WHERE journey_id = $1 AND contact_id = $2 ORDER BY started_at DESC`,
      [input.journeyId, input.contactId],
    );
    const triggered = past.find((row) => row.trigger_key === input.triggerKey);
    if (triggered) return { enrollmentId: triggered.id, created: false, triggered: true as const, start: triggered.status === 'active' && triggered.workflow_pending };
    const active = past.find((row) => row.status === 'active');
    if (active) return { enrollmentId: active.id, created: false, start: active.workflow_pending };
    const decision = entryDecision(
      version.graph.settings,
      past.map((row) => ({ status: row.status, endedAt: row.ended_at?.toISOString() ?? null })),
      new Date().toISOString(),
    );
    if (!decision.enter) return { enrollmentId: null, skipped: decision.reason };
    const id = randomUUID();
    await manager.query(
      `INSERT INTO enrollments (id, journey_id, version_id, contact_id, trigger_event, workflow_id, trigger_key, workflow_pending)
       VALUES ($1, $2, $3, $4, $5, $6, $7, true)`,
      [id, input.journeyId, version.id, input.contactId, input.triggerEvent ? JSON.stringify(input.triggerEvent) : null, workflowId.enrollment(id), input.triggerKey],
    );
    return { enrollmentId: id, created: true, start: true };
  });
  const { enrollmentId } = decided;
  if (!enrollmentId || !start) return decided;
  if (input.startDeadlineMs === undefined) {
    await startEnrollmentWorkflow(deps, enrollmentId);
    return decided;
  }
  const deadline = Date.now() + input.startDeadlineMs;
  const started = await deps.client.withDeadline(deadline, () => startEnrollmentWorkflow(deps, enrollmentId)).then(() => true, () => false);
  return started ? decided : { ...decided, pending: true };
}

interface PastEnrollment {
  id: string;
  status: string;
  ended_at: Date | null;
  trigger_key: string | null;
  workflow_pending: boolean;
}
