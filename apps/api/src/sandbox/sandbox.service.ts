import { Injectable, NotFoundException } from '@nestjs/common';
import { WorkflowNotFoundError } from '@temporalio/client';
import { DataSource } from 'typeorm';
import type { WaitForStatus } from '@cascade/journey';
import { deliveryStatusSignal } from '@cascade/workflows';
import { TemporalClient } from '../temporal/temporal.module';

/** How far a status goes, in SQL: a message never moves back (an `opened` after a `clicked` changes nothing). */
const RANK = (column: string) =>
  `CASE ${column} WHEN 'delivered' THEN 2 WHEN 'opened' THEN 3 WHEN 'clicked' THEN 4 WHEN 'replied' THEN 5 WHEN 'sent' THEN 1 ELSE 0 END`;

/** The local sandboxes: what they captured, and delivery events fired by hand to walk a cascade offline. */
@Injectable()
export class SandboxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: TemporalClient,
  ) {}

  list(workspaceId: string, channel?: string) {
    return this.dataSource.query(
      `SELECT s.message_id AS "messageId", s.channel, s.address, s.subject, s.body, s.captured_at AS "capturedAt",
              m.status, m.enrollment_id AS "enrollmentId", m.node_id AS "nodeId", c.external_id AS "externalId"
       FROM sandbox_messages s JOIN messages m ON m.id = s.message_id JOIN contacts c ON c.id = m.contact_id
       WHERE c.workspace_id = $1 AND ($2::text IS NULL OR s.channel = $2) ORDER BY s.captured_at DESC, s.message_id LIMIT 500`,
      [workspaceId, channel ?? null]);
  }

  /** Records the status on the message and tells its enrollment, so a waiting cascade step stops at once. */
  async fire(workspaceId: string, messageId: string, status: WaitForStatus): Promise<{ messageId: string; status: string }> {
    const [message] = await this.dataSource.query(
      `SELECT m.status, e.workflow_id FROM messages m JOIN enrollments e ON e.id = m.enrollment_id JOIN contacts c ON c.id = m.contact_id
       JOIN sandbox_messages s ON s.message_id = m.id WHERE m.id = $1 AND c.workspace_id = $2`, [messageId, workspaceId]);
    if (!message) throw new NotFoundException(`sandbox message ${messageId} does not exist`);
    await this.dataSource.query(
      `UPDATE messages SET status = $2, updated_at = now() WHERE id = $1 AND ${RANK('$2::text')} > ${RANK('status')}`, [messageId, status]);
    await this.temporal.workflow.getHandle(message.workflow_id).signal(deliveryStatusSignal, { messageId, status }).catch((error: unknown) => {
      if (!(error instanceof WorkflowNotFoundError)) throw error; // the journey has ended: the status is still recorded
    });
    return { messageId, status };
  }
}
