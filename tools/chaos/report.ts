import type { DataSource } from 'typeorm';
import type { PartEvent } from './parts';
import type { Acceptance } from './sinks';
import { CHAOS_EVENT, MESSAGES_PER_ENROLLMENT } from './workspace';

/** Statuses of a message its provider accepted (as the send activity counts them). */
const SENT_STATUSES = ['sent', 'delivered', 'opened', 'clicked', 'replied', 'bounced'];

export interface AttemptFigures {
  /** Deliveries the providers accepted, retries included. */
  attempts: number;
  messageIds: number;
  /** Message ids accepted more than once. */
  duplicatedIds: number;
  /** Acceptances beyond the first of their message id. */
  extra: number;
  /** Extra acceptances with a worker kill between the previous acceptance and this one (defect 7's window). */
  insideWindow: number;
  outsideWindow: number;
}

/**
 * Counts the providers' acceptances per message id. A second acceptance is in the provider-acceptance
 * window when a worker was killed after the previous one: the provider had said yes, the worker died
 * before the message row was marked sent, and the retry sent it again. Any other is unexplained.
 */
export function countAttempts(acceptances: Acceptance[], workerKills: number[]): AttemptFigures {
  const byId = new Map<string, number[]>();
  for (const { messageId, at } of acceptances) byId.set(messageId, [...(byId.get(messageId) ?? []), at]);
  let insideWindow = 0;
  let outsideWindow = 0;
  for (const times of byId.values()) {
    times.sort((a, b) => a - b);
    for (let index = 1; index < times.length; index++) {
      if (workerKills.some((kill) => kill >= times[index - 1] && kill <= times[index])) insideWindow += 1;
      else outsideWindow += 1;
    }
  }
  const duplicatedIds = [...byId.values()].filter((times) => times.length > 1).length;
  return { attempts: acceptances.length, messageIds: byId.size, duplicatedIds, extra: insideWindow + outsideWindow, insideWindow, outsideWindow };
}

export interface ReportInput {
  dataSource: DataSource;
  workspaceId: string;
  journeyId: string;
  acknowledged: Set<string>;
  /** Events posted while their contact was still in a journey (ContactPool). */
  postedBusy: Set<string>;
  acceptances: Acceptance[];
  events: PartEvent[];
  /** When traffic started, for times relative to it. */
  startedAt: number;
}

/** The figures of the run, `[label, value]`, one line each; read from Postgres and the harness's own records. */
export async function collectReport(input: ReportInput): Promise<[string, string | number][]> {
  const { dataSource, workspaceId, journeyId } = input;
  const one = async (sql: string, params: unknown[]) => (await dataSource.query(sql, params))[0];

  const storedIds: string[] = (await dataSource.query(
    `SELECT message_id FROM contact_events WHERE workspace_id = $1 AND name = $2`, [workspaceId, CHAOS_EVENT],
  )).map((row: { message_id: string }) => row.message_id);
  const stored = new Set(storedIds);
  const lost = [...input.acknowledged].filter((id) => !stored.has(id)).length;

  // Each enrollment names the event that started it. An event posted while its contact was still in a
  // journey (no contact was free) may rightly start none: re-entry waits for the last journey to end.
  const perEvent: { message_id: string; n: number }[] = await dataSource.query(
    `SELECT e.message_id, count(en.id)::int AS n
     FROM contact_events e LEFT JOIN enrollments en ON en.journey_id = $2 AND en.contact_id = e.contact_id AND en.trigger_event->>'id' = e.id::text
     WHERE e.workspace_id = $1 AND e.name = $3 GROUP BY e.id`,
    [workspaceId, journeyId, CHAOS_EVENT]);
  const count = (test: (row: { message_id: string; n: number }) => boolean) => perEvent.filter(test).length;
  const enrollments = await one(
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'active')::int AS active,
            count(*) FILTER (WHERE status = 'failed')::int AS failed
     FROM enrollments WHERE journey_id = $1`, [journeyId]);
  const messages = await one(
    `SELECT count(*) FILTER (WHERE status = ANY($2))::int AS sent, count(*) FILTER (WHERE status = 'failed')::int AS failed,
            count(*) FILTER (WHERE status = 'skipped')::int AS skipped, count(*) FILTER (WHERE status = 'pending')::int AS pending
     FROM messages WHERE journey_id = $1`, [journeyId, SENT_STATUSES]);
  const sentIds = new Set<string>((await dataSource.query(
    `SELECT id FROM messages WHERE journey_id = $1 AND status = ANY($2)`, [journeyId, SENT_STATUSES],
  )).map((row: { id: string }) => row.id));
  const outbox = await one(`SELECT count(*)::int AS n FROM event_outbox`, []);

  const workerKills = input.events.filter((event) => event.part === 'worker' && event.kind === 'killed').map((event) => event.at);
  const attempts = countAttempts(input.acceptances, workerKills);
  const accepted = new Set(input.acceptances.map((acceptance) => acceptance.messageId));
  const at = (ms: number) => `${((ms - input.startedAt) / 1000).toFixed(1)}s`;
  const timeline = (kind: PartEvent['kind']) => input.events.filter((event) => event.kind === kind).map((event) => `${event.part}@${at(event.at)}`).join(', ') || 'none';

  return [
    ['kills', timeline('killed')],
    ['restarts', timeline('restarted')],
    ['parts that exited on their own', timeline('exited on its own')],
    ['events acknowledged', input.acknowledged.size],
    ['events stored', stored.size],
    ['events lost (acknowledged, not stored)', lost],
    ['events duplicated (stored more than once)', storedIds.length - stored.size],
    ['enrollments per event, 1', count((row) => row.n === 1)],
    ['enrollments per event, >1', count((row) => row.n > 1)],
    ['enrollments per event, 0 (posted to a free contact)', count((row) => row.n === 0 && !input.postedBusy.has(row.message_id))],
    ['enrollments per event, 0 (posted while the contact was in a journey)', count((row) => row.n === 0 && input.postedBusy.has(row.message_id))],
    ['enrollments stuck (still active)', enrollments.active],
    ['enrollments failed', enrollments.failed],
    ['messages expected', enrollments.total * MESSAGES_PER_ENROLLMENT],
    ['messages sent', messages.sent],
    ['messages not sent (pending / failed / skipped)', `${messages.pending} / ${messages.failed} / ${messages.skipped}`],
    ['messages sent but never accepted by a provider', [...sentIds].filter((id) => !accepted.has(id)).length],
    ['messages duplicated (accepted more than once)', attempts.duplicatedIds],
    ['delivery attempts accepted by the providers', `${attempts.attempts} for ${attempts.messageIds} message ids`],
    ['duplicate delivery attempts', attempts.extra],
    ['duplicate delivery attempts in the acceptance window (worker killed after the provider accepted)', attempts.insideWindow],
    ['duplicate delivery attempts outside the acceptance window', attempts.outsideWindow],
    ['outbox left', outbox.n],
  ];
}
