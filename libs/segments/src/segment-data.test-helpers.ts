import type { DataSource } from 'typeorm';
import { contactSubject, evaluateCondition, type Condition, type ConditionContext, type ContactSnapshot } from '@cascade/journey';
import { seedContact, seedPublishedJourney } from '@cascade/testing';
import { compileCondition } from './compile-condition';

export const NOW = '2026-03-31T12:00:00.000Z';
export const daysAgo = (days: number) => new Date(Date.parse(NOW) - days * 86_400_000).toISOString();

/** A contact named by external id, with optional tags (seedContact does not set them). */
export async function contact(db: DataSource, workspaceId: string, externalId: string, attributes: Record<string, unknown> = {}, tags: string[] = []) {
  const id = await seedContact(db, { externalId, attributes }, workspaceId);
  if (tags.length > 0) await db.query('UPDATE contacts SET tags = $2 WHERE id = $1', [id, tags]);
  return id;
}

export async function event(db: DataSource, workspaceId: string, contactId: string, name: string, occurredAt: string, properties: Record<string, unknown> = {}) {
  await db.query(
    'INSERT INTO contact_events (workspace_id, contact_id, name, properties, occurred_at) VALUES ($1, $2, $3, $4, $5)',
    [workspaceId, contactId, name, JSON.stringify(properties), occurredAt]);
}

/** A message row needs an enrollment; one per message keeps the helper simple. */
export async function message(db: DataSource, workspaceId: string, contactId: string, row: { channel: string; status: string; sentAt: string | null }) {
  const { journeyId, versionId } = await seedPublishedJourney(db, { nodes: [], edges: [] }, 'messages', workspaceId);
  const [enrollment] = await db.query(
    `INSERT INTO enrollments (journey_id, version_id, contact_id, workflow_id) VALUES ($1, $2, $3, gen_random_uuid()::text) RETURNING id`,
    [journeyId, versionId, contactId]);
  await db.query(
    `INSERT INTO messages (id, enrollment_id, contact_id, journey_id, node_id, step, channel, status, sent_at)
     VALUES ($1, $2, $3, $4, 'send', 0, $5, $6, $7)`,
    [`${enrollment.id}:send:0:0`, enrollment.id, contactId, journeyId, row.channel, row.status, row.sentAt]);
}

/** External ids of the workspace's contacts the compiled SQL selects. */
export async function sqlMembers(db: DataSource, workspaceId: string, condition: unknown): Promise<string[]> {
  const { sql, params } = compileCondition(condition, { workspaceParam: 1, now: NOW });
  const rows: { external_id: string }[] = await db.query(`SELECT c.external_id FROM contacts c WHERE ${sql}`, [workspaceId, ...params]);
  return rows.map((row) => row.external_id).sort();
}

/** External ids of the workspace's contacts evaluateCondition() accepts, from the same rows. */
export async function evaluatorMembers(db: DataSource, workspaceId: string, condition: Condition): Promise<string[]> {
  return membersInMemory(await loadEvaluatorContacts(db, workspaceId), condition);
}

/** A contact as evaluateCondition() sees it, loaded once for any number of conditions. */
export interface EvaluatorContact {
  externalId: string;
  context: ConditionContext;
}

/** External ids of the loaded contacts evaluateCondition() accepts, sorted as sqlMembers() sorts them. */
export function membersInMemory(contacts: readonly EvaluatorContact[], condition: Condition): string[] {
  return contacts.filter(({ context }) => evaluateCondition(condition, context)).map(({ externalId }) => externalId).sort();
}

/**
 * The workspace's contacts with their events and messages, in three queries rather than two per
 * contact, so a test can evaluate hundreds of conditions in memory against one load.
 */
export async function loadEvaluatorContacts(db: DataSource, workspaceId: string): Promise<EvaluatorContact[]> {
  const contacts: ContactRow[] = await db.query(
    `SELECT id, external_id, email, phone, telegram_chat_id, timezone, attributes, subscriptions, tags FROM contacts WHERE workspace_id = $1`,
    [workspaceId]);
  const events: { contact_id: string; name: string; properties: Record<string, unknown>; occurred_at: Date }[] = await db.query(
    `SELECT e.contact_id, e.name, e.properties, e.occurred_at FROM contact_events e JOIN contacts c ON c.id = e.contact_id
     WHERE c.workspace_id = $1 ORDER BY e.occurred_at, e.id`, [workspaceId]);
  const messages: { contact_id: string; channel: string; status: string; sent_at: Date | null }[] = await db.query(
    `SELECT m.contact_id, m.channel, m.status, m.sent_at FROM messages m JOIN contacts c ON c.id = m.contact_id
     WHERE c.workspace_id = $1 ORDER BY m.sent_at, m.id`, [workspaceId]);
  return contacts.map((row) => {
    const snapshot: ContactSnapshot = {
      id: row.id, externalId: row.external_id ?? undefined, email: row.email, phone: row.phone,
      telegramChatId: row.telegram_chat_id, timezone: row.timezone, attributes: row.attributes,
      subscriptions: row.subscriptions, tags: row.tags,
    };
    const context: ConditionContext = {
      subject: contactSubject(snapshot),
      events: events.filter((e) => e.contact_id === row.id)
        .map((e) => ({ name: e.name, properties: e.properties, occurredAt: e.occurred_at.toISOString() })),
      messages: messages.filter((m) => m.contact_id === row.id)
        .map((m) => ({ channel: m.channel, status: m.status, sentAt: m.sent_at?.toISOString() ?? null })),
      segments: new Set(),
      now: NOW,
    };
    // A contact without an external id lists as null, as it does in sqlMembers().
    return { externalId: row.external_id as string, context };
  });
}

interface ContactRow {
  id: string; external_id: string | null; email: string | null; phone: string | null; telegram_chat_id: string | null;
  timezone: string | null; attributes: Record<string, unknown>; subscriptions: Record<string, boolean>; tags: string[];
}
