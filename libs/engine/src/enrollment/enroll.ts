import { randomUUID } from 'node:crypto';
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { entryDecision, type ContactEvent, type EntryDecision } from '@cascade/journey';
import { workflowId, type journeyWorkflow } from '@cascade/workflows';

export interface EnrollDependencies {
  dataSource: DataSource;
  client: Client;
  taskQueue: string;
}

export interface EnrollInput {
  journeyId: string;
  contactId: string;
  triggerEvent?: ContactEvent;
  /** Enrolls at most once per key (a date trigger's date), whatever the re-entry rule. */
  triggerKey?: string;
}

export type EnrollResult =
  /** `triggered`: the contact was already enrolled under this trigger key, and still is. */
  | { enrollmentId: string; created: boolean; triggered?: true }
  | { enrollmentId: null; skipped: Exclude<EntryDecision, { enter: true }>['reason'] | 'journey_not_active' | 'already_triggered' };

/**
 * Enrolls a contact in the journey's latest published version and starts its workflow. Concurrent
 * identical triggers are serialised per (journey, contact), and the database allows one active
 * enrollment, so there is never a second. Calling again after a failed start starts the workflow
 * of the existing enrollment (the start is idempotent by workflow id).
 */
export async function enroll(deps: EnrollDependencies, input: EnrollInput): Promise<EnrollResult> {
  const decided = await deps.dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [input.journeyId, input.contactId]);
    const [version] = await manager.query(
      `SELECT v.id, v.graph FROM journeys j JOIN journey_versions v ON v.journey_id = j.id
       WHERE j.id = $1 AND j.status = 'active' ORDER BY v.version DESC LIMIT 1`,
      [input.journeyId],
    );
    if (!version) return { enrollmentId: null, skipped: 'journey_not_active' as const };
    const past = await manager.query(
      `SELECT id, status, ended_at, trigger_key FROM enrollments WHERE journey_id = $1 AND contact_id = $2 ORDER BY started_at DESC`,
      [input.journeyId, input.contactId],
    );
    const triggered = input.triggerKey && past.find((row: { trigger_key: string | null }) => row.trigger_key === input.triggerKey);
    if (triggered) {
      // Still active: its workflow start may have failed (Temporal down), so it is started again below.
      return triggered.status === 'active' ? { enrollmentId: triggered.id as string, created: false, triggered: true as const } : { enrollmentId: null, skipped: 'already_triggered' as const };
    }
    const active = past.find((row: { status: string }) => row.status === 'active');
    if (active) return { enrollmentId: active.id as string, created: false };
    const decision = entryDecision(
      version.graph.settings,
      past.map((row: { status: string; ended_at: Date | null }) => ({ status: row.status, endedAt: row.ended_at?.toISOString() ?? null })),
      new Date().toISOString(),
    );
    if (!decision.enter) return { enrollmentId: null, skipped: decision.reason };
    const id = randomUUID();
    const [created] = await manager.query(
      `INSERT INTO enrollments (id, journey_id, version_id, contact_id, trigger_event, workflow_id, trigger_key)
       VALUES ($5, $1, $2, $3, $4, $6, $7) RETURNING id`,
      [input.journeyId, version.id, input.contactId, input.triggerEvent ? JSON.stringify(input.triggerEvent) : null, id, workflowId.enrollment(id),
        input.triggerKey ?? null],
    );
    return { enrollmentId: created.id as string, created: true };
  });
  if (decided.enrollmentId) await startWorkflow(deps, decided.enrollmentId);
  return decided;
}

async function startWorkflow(deps: EnrollDependencies, enrollmentId: string): Promise<void> {
  try {
    await deps.client.workflow.start<typeof journeyWorkflow>('journeyWorkflow', {
      workflowId: workflowId.enrollment(enrollmentId),
      taskQueue: deps.taskQueue,
      args: [{ enrollmentId }],
      // An enrollment runs once: a closed workflow is never started again from the beginning.
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
}
