import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { WorkflowNotFoundError } from '@temporalio/client';
import { DataSource } from 'typeorm';
import type { CascadeConfig } from '@cascade/config';
import { enroll, type EnrollResult } from '@cascade/engine';
import { cancelSignal } from '@cascade/workflows';
import { CONFIG } from '../config/config.module';
import { TemporalClient } from '../temporal/temporal.module';
import type { EnrollDto } from './dto/enroll.dto';
import { loadEnrollmentTrace, type EnrollmentTrace } from './enrollment-trace';

@Injectable()
export class EnrollmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: TemporalClient,
    @Inject(CONFIG) private readonly config: CascadeConfig,
  ) {}

  /** The API trigger of a journey whose trigger is `api`; idempotent while the contact is enrolled. */
  async enrollByApi(workspaceId: string, journeyId: string, body: EnrollDto): Promise<EnrollResult> {
    const [journey] = await this.dataSource.query(
      `SELECT j.status, v.graph FROM journeys j
       LEFT JOIN LATERAL (SELECT graph FROM journey_versions WHERE journey_id = j.id ORDER BY version DESC LIMIT 1) v ON true
       WHERE j.id = $1 AND j.workspace_id = $2`, [journeyId, workspaceId]);
    if (!journey) throw new NotFoundException(`journey ${journeyId} does not exist`);
    const trigger = journey.graph?.nodes?.find((node: { type: string }) => node.type === 'trigger');
    if (trigger?.config?.kind !== 'api') throw new ConflictException('this journey is not started by API calls (its trigger is not "api")');
    const contactId = await this.contactOf(workspaceId, body);
    const result = await enroll({ dataSource: this.dataSource, client: this.temporal, taskQueue: this.config.temporal.taskQueue }, { journeyId, contactId });
    if (result.enrollmentId === null) throw new ConflictException({ message: `not enrolled: ${result.skipped}`, details: [{ path: 'contact', code: result.skipped, message: `not enrolled: ${result.skipped}` }] });
    return result;
  }

  async list(workspaceId: string, journeyId: string, status?: string) {
    await this.assertJourney(workspaceId, journeyId);
    return this.dataSource.query(
      `SELECT e.id, e.contact_id AS "contactId", e.status, e.exit_reason AS "exitReason", e.started_at AS "startedAt", e.ended_at AS "endedAt"
       FROM enrollments e WHERE e.journey_id = $1 AND ($2::text IS NULL OR e.status = $2) ORDER BY e.started_at DESC LIMIT 500`,
      [journeyId, status ?? null]);
  }

  async trace(workspaceId: string, enrollmentId: string): Promise<EnrollmentTrace> {
    const trace = await loadEnrollmentTrace(this.dataSource, workspaceId, enrollmentId);
    if (!trace) throw new NotFoundException(`enrollment ${enrollmentId} does not exist`);
    return trace;
  }

  async cancel(workspaceId: string, enrollmentId: string): Promise<void> {
    const trace = await this.trace(workspaceId, enrollmentId);
    if (trace.status !== 'active') throw new ConflictException(`enrollment ${enrollmentId} has already ended (${trace.status})`);
    const [{ workflow_id }] = await this.dataSource.query(`SELECT workflow_id FROM enrollments WHERE id = $1`, [enrollmentId]);
    await this.temporal.workflow.getHandle(workflow_id).signal(cancelSignal).catch((error: unknown) => {
      if (!(error instanceof WorkflowNotFoundError)) throw error;
    });
  }

  private async contactOf(workspaceId: string, body: EnrollDto): Promise<string> {
    if (body.contactId) {
      const [row] = await this.dataSource.query(`SELECT id FROM contacts WHERE id = $1 AND workspace_id = $2`, [body.contactId, workspaceId]);
      if (!row) throw new NotFoundException(`contact ${body.contactId} does not exist`);
      return row.id;
    }
    const [row] = await this.dataSource.query(
      `INSERT INTO contacts (workspace_id, external_id) VALUES ($1, $2)
       ON CONFLICT (workspace_id, external_id) DO UPDATE SET updated_at = contacts.updated_at RETURNING id`, [workspaceId, body.externalId]);
    return row.id;
  }

  private async assertJourney(workspaceId: string, journeyId: string): Promise<void> {
    const [row] = await this.dataSource.query(`SELECT 1 FROM journeys WHERE id = $1 AND workspace_id = $2`, [journeyId, workspaceId]);
    if (!row) throw new NotFoundException(`journey ${journeyId} does not exist`);
  }
}
