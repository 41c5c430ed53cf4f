import type { DataSource } from 'typeorm';

/** A contact's pass through a journey, as an analyst or support agent reads it. */
export interface EnrollmentTrace {
  id: string;
  journeyId: string;
  version: number;
  contact: { id: string; externalId: string | null; email: string | null };
  status: string;
  exitReason: string | null;
  startedAt: string;
  endedAt: string | null;
  /** Variants assigned by split nodes, by node id. */
  variants: Record<string, string>;
  steps: { at: string; kind: string; nodeId: string | null; handle: string | null; variant: string | null; messageId: string | null; channel: string | null; status: string | null; reason: string | null }[];
  /** `sendAttempts` above 1: a send whose outcome was lost (a crash right after the provider accepted) was retried. */
  messages: { id: string; nodeId: string; step: number; channel: string; status: string; reason: string | null; sentAt: string | null; sendAttempts: number }[];
}

export async function loadEnrollmentTrace(dataSource: DataSource, workspaceId: string, enrollmentId: string): Promise<EnrollmentTrace | null> {
  const [row] = await dataSource.query(
    `SELECT e.id, e.journey_id, v.version, e.status, e.exit_reason, e.started_at, e.ended_at, c.id AS contact_id, c.external_id, c.email
     FROM enrollments e JOIN journeys j ON j.id = e.journey_id JOIN journey_versions v ON v.id = e.version_id JOIN contacts c ON c.id = e.contact_id
     WHERE e.id = $1 AND j.workspace_id = $2`,
    [enrollmentId, workspaceId],
  );
  if (!row) return null;
  const steps = await dataSource.query(
    `SELECT occurred_at AS at, kind, node_id AS "nodeId", handle, variant, message_id AS "messageId", channel, status, reason
     FROM step_events WHERE enrollment_id = $1 ORDER BY seq`, [enrollmentId]);
  const messages = await dataSource.query(
    `SELECT id, node_id AS "nodeId", step, channel, status, reason, sent_at AS "sentAt", send_attempts AS "sendAttempts" FROM messages WHERE enrollment_id = $1 ORDER BY created_at, step`,
    [enrollmentId]);
  const variants = Object.fromEntries(
    steps.filter((s: { variant: string | null }) => s.variant).map((s: { nodeId: string; variant: string }) => [s.nodeId, s.variant]));
  return {
    id: row.id, journeyId: row.journey_id, version: row.version, status: row.status, exitReason: row.exit_reason,
    startedAt: row.started_at.toISOString(), endedAt: row.ended_at?.toISOString() ?? null,
    contact: { id: row.contact_id, externalId: row.external_id, email: row.email },
    variants,
    steps: steps.map((s: { at: Date }) => ({ ...s, at: s.at.toISOString() })),
    messages: messages.map((m: { sentAt: Date | null }) => ({ ...m, sentAt: m.sentAt?.toISOString() ?? null })),
  };
}
