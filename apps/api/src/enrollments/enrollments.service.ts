import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { WorkflowNotFoundError } from '@temporalio/client';
import { DataSource } from 'typeorm';
import type { CascadeConfig } from '@cascade/config';
import { notFound } from '@cascade/errors';
import { enroll, type EnrollResult } from '@cascade/engine';
import { cancelSignal } from '@cascade/workflows';
import { toPage, type Page } from '../common/page';
import { cursorTimeSql, decodePageCursor } from '../common/page-cursor';
import { CONFIG } from '../config/config.module';
import { TemporalClient } from '../temporal/temporal.module';
import type { EnrollDto, ListEnrollmentsDto } from './dto/enroll.dto';
import { loadEnrollmentTrace, type EnrollmentTrace } from './enrollment-trace';
import { EnrollmentError } from './enrollment.errors';
import { apiTriggerKey } from './idempotency-key';

/** How long a request waits for Temporal to start the journey before answering 202 and leaving the start to the worker. */
const START_DEADLINE_MS = 3_000;

export type Enrolled = Extract<EnrollResult, { enrollmentId: string }>;

export interface EnrollmentListItem {
  id: string;
  contactId: string;
  status: string;
  exitReason: string | null;
  startedAt: Date;
  endedAt: Date | null;
}

@Injectable()
export class EnrollmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: TemporalClient,
    @Inject(CONFIG) private readonly config: CascadeConfig,
  ) {}

  /** The API trigger of a journey whose trigger is `api`; idempotent while the contact is enrolled, and for good with an Idempotency-Key. */
  async enrollByApi(workspaceId: string, journeyId: string, body: EnrollDto, idempotencyKey?: string): Promise<Enrolled> {
    const triggerKey = apiTriggerKey(idempotencyKey, randomUUID);
    const [journey] = await this.dataSource.query(
      `SELECT j.status, v.graph FROM journeys j
       LEFT JOIN LATERAL (SELECT graph FROM journey_versions WHERE journey_id = j.id ORDER BY version DESC LIMIT 1) v ON true
       WHERE j.id = $1 AND j.workspace_id = $2`, [journeyId, workspaceId]);
    if (!journey) throw notFound('journey', journeyId);
    const trigger = journey.graph?.nodes?.find((node: { type: string }) => node.type === 'trigger');
    if (trigger?.config?.kind !== 'api') throw EnrollmentError.notApiTriggered();
    const contactId = await this.contactOf(workspaceId, body);
    const result = await enroll(
      { dataSource: this.dataSource, client: this.temporal, taskQueue: this.config.temporal.taskQueue },
      { journeyId, contactId, triggerKey, startDeadlineMs: START_DEADLINE_MS });
    if (result.enrollmentId === null) throw EnrollmentError.notEnrolled(result.skipped);
    return result;
  }

  /** Newest first, by (started_at, id): the id breaks ties, so a page boundary never splits or repeats rows of one instant. */
  async list(workspaceId: string, journeyId: string, { status, limit, cursor }: ListEnrollmentsDto): Promise<Page<EnrollmentListItem>> {
    await this.assertJourney(workspaceId, journeyId);
    const params: unknown[] = [journeyId];
    const param = (value: unknown) => `$${params.push(value)}`;
    // Conditions only when given, so the planner sees the shape the (journey_id[, status], started_at, id) indexes serve.
    const where = ['journey_id = $1'];
    if (status) where.push(`status = ${param(status)}`);
    const after = cursor ? decodePageCursor(cursor) : null;
    if (after) where.push(`(started_at, id) < (${param(after.time)}::timestamptz, ${param(after.id)}::uuid)`);
    const rows: Array<EnrollmentListItem & { cursorTime: string }> = await this.dataSource.query(
      `SELECT id, contact_id AS "contactId", status, exit_reason AS "exitReason", started_at AS "startedAt", ended_at AS "endedAt",
         ${cursorTimeSql('started_at')} AS "cursorTime"
       FROM enrollments WHERE ${where.join(' AND ')} ORDER BY started_at DESC, id DESC LIMIT ${param(limit + 1)}`,
      params);
    const paged = rows.map(({ cursorTime, ...row }) => ({ row, cursor: { time: cursorTime, id: row.id } }));
    return toPage(paged, limit, (row) => row);
  }

  async trace(workspaceId: string, enrollmentId: string): Promise<EnrollmentTrace> {
    const trace = await loadEnrollmentTrace(this.dataSource, workspaceId, enrollmentId);
    if (!trace) throw notFound('enrollment', enrollmentId);
    return trace;
  }

  async cancel(workspaceId: string, enrollmentId: string): Promise<void> {
    const trace = await this.trace(workspaceId, enrollmentId);
    if (trace.status !== 'active') throw EnrollmentError.ended(enrollmentId, trace.status);
    const [{ workflow_id }] = await this.dataSource.query(`SELECT workflow_id FROM enrollments WHERE id = $1`, [enrollmentId]);
    await this.temporal.workflow.getHandle(workflow_id).signal(cancelSignal).catch((error: unknown) => {
      if (!(error instanceof WorkflowNotFoundError)) throw error;
    });
  }

  private async contactOf(workspaceId: string, body: EnrollDto): Promise<string> {
    if (body.contactId) {
      const [row] = await this.dataSource.query(`SELECT id FROM contacts WHERE id = $1 AND workspace_id = $2`, [body.contactId, workspaceId]);
      if (!row) throw notFound('contact', body.contactId, 'contactId');
      return row.id;
    }
    const [row] = await this.dataSource.query(
      `INSERT INTO contacts (workspace_id, external_id) VALUES ($1, $2)
       ON CONFLICT (workspace_id, external_id) DO UPDATE SET updated_at = contacts.updated_at RETURNING id`, [workspaceId, body.externalId]);
    return row.id;
  }

  private async assertJourney(workspaceId: string, journeyId: string): Promise<void> {
    const [row] = await this.dataSource.query(`SELECT 1 FROM journeys WHERE id = $1 AND workspace_id = $2`, [journeyId, workspaceId]);
    if (!row) throw notFound('journey', journeyId);
  }
}
