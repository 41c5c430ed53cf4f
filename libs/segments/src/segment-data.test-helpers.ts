import type { DataSource } from 'typeorm';
import { contactSubject, evaluateCondition, type Condition, type ContactSnapshot } from '@cascade/journey';
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
  const contacts = await db.query(
    `SELECT id, external_id, email, phone, telegram_chat_id, timezone, attributes, subscriptions, tags FROM contacts WHERE workspace_id = $1`,
    [workspaceId]);
  const members: string[] = [];
  for (const row of contacts) {
    const snapshot: ContactSnapshot = {
      id: row.id, externalId: row.external_id ?? undefined, email: row.email, phone: row.phone,
      telegramChatId: row.telegram_chat_id, timezone: row.timezone, attributes: row.attributes,
      subscriptions: row.subscriptions, tags: row.tags,
    };
    const events = await db.query('SELECT name, properties, occurred_at FROM contact_events WHERE contact_id = $1', [row.id]);
    const messages = await db.query('SELECT channel, status, sent_at FROM messages WHERE contact_id = $1', [row.id]);
    const holds = evaluateCondition(condition, {
      subject: contactSubject(snapshot),
      events: events.map((e: { name: string; properties: Record<string, unknown>; occurred_at: Date }) =>
        ({ name: e.name, properties: e.properties, occurredAt: e.occurred_at.toISOString() })),
      messages: messages.map((m: { channel: string; status: string; sent_at: Date | null }) =>
        ({ channel: m.channel, status: m.status, sentAt: m.sent_at?.toISOString() ?? null })),
      segments: new Set(),
      now: NOW,
    });
    if (holds) members.push(row.external_id);
  }
  return members.sort();
}
