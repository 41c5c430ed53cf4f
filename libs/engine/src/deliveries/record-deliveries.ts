import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import type { DeliveryReport } from '@cascade/channels';
import type { DeliveryStatus } from '@cascade/journey';
import { deliveryStatusSignal } from '@cascade/workflows';
import { unsubscribeByMessage } from './unsubscribe';

export interface DeliveryDependencies {
  dataSource: DataSource;
  client: Client;
}

export interface RecordedDelivery {
  messageId: string;
  status: DeliveryReport['status'];
}

/**
 * How far a status goes: a message never moves back (an `opened` after a `clicked` changes
 * nothing), but a bounce reported after `delivered` (the receiving server gave up later) does count.
 */
const RANK = (status: string) => `CASE ${status}
  WHEN 'sent' THEN 1 WHEN 'delivered' THEN 2 WHEN 'bounced' THEN 3 WHEN 'failed' THEN 3
  WHEN 'opened' THEN 4 WHEN 'clicked' THEN 5 WHEN 'replied' THEN 6 ELSE 0 END`;

/**
 * Records delivery reports (provider callbacks, tracking links, sandbox buttons): each moves its
 * message's status forward and is signalled to the message's enrollment, so a cascade step waiting
 * for `opened` stops escalating at once. A report that would move a status back (an open after a
 * click, a bounce after an open) changes nothing and wakes nothing; a repeated one is signalled again
 * (harmless: the workflow dedupes) so a signal lost while Temporal was down can be re-sent. A
 * complaint unsubscribes the contact from the channel. Reports for unknown messages (or, with
 * `workspaceId`, for another workspace's) are not recorded.
 */
export async function recordDeliveries(
  deps: DeliveryDependencies,
  reports: DeliveryReport[],
  scope: { channel?: string; workspaceId?: string } = {},
): Promise<{ recorded: RecordedDelivery[]; unknown: number }> {
  const recorded: RecordedDelivery[] = [];
  for (const report of reports) {
    const message = await findMessage(deps.dataSource, report, scope);
    if (!message) continue;
    recorded.push({ messageId: message.id, status: report.status });
    if (report.status === 'complained') {
      await unsubscribeByMessage(deps.dataSource, message.id);
      continue;
    }
    if (!message.forward) continue;
    await deps.dataSource.query(
      `UPDATE messages SET status = $2, reason = coalesce($3, reason), updated_at = now() WHERE id = $1 AND ${RANK('$2::text')} > ${RANK('status')}`,
      [message.id, report.status, report.reason ?? null]);
    await signalEnrollment(deps.client, message.workflow_id, { messageId: message.id, status: report.status });
  }
  return { recorded, unknown: reports.length - recorded.length };
}

async function findMessage(dataSource: DataSource, report: DeliveryReport, scope: { channel?: string; workspaceId?: string }) {
  const byId = 'messageId' in report;
  const [message]: { id: string; workflow_id: string; forward: boolean }[] = await dataSource.query(
    `SELECT m.id, e.workflow_id, ${RANK('$4::text')} >= ${RANK('m.status')} AS forward FROM messages m JOIN enrollments e ON e.id = m.enrollment_id JOIN contacts c ON c.id = m.contact_id
     WHERE ${byId ? 'm.id = $1' : 'm.provider_message_id = $1'} AND ($2::text IS NULL OR m.channel = $2) AND ($3::uuid IS NULL OR c.workspace_id = $3)
     LIMIT 1`,
    [byId ? report.messageId : report.providerMessageId, scope.channel ?? null, scope.workspaceId ?? null, report.status]);
  return message;
}

async function signalEnrollment(client: Client, workflowId: string, delivery: { messageId: string; status: DeliveryStatus }): Promise<void> {
  try {
    await client.workflow.getHandle(workflowId).signal(deliveryStatusSignal, delivery);
  } catch (error) {
    if (!(error instanceof WorkflowNotFoundError)) throw error; // the journey has ended: the status is still recorded
  }
}
