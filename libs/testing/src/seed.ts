import type { DataSource } from 'typeorm';
import { createWorkspace } from '@cascade/db';
import type { ContactSnapshot, JourneyGraph } from '@cascade/journey';

/** The workspace seeded rows belong to unless told otherwise: one per test database. */
export async function seedWorkspace(dataSource: DataSource): Promise<string> {
  const [existing] = await dataSource.query(`SELECT id FROM workspaces WHERE name = 'test' ORDER BY created_at LIMIT 1`);
  return existing?.id ?? (await createWorkspace(dataSource, 'test')).workspaceId;
}

/** A contact row; reachable on email, SMS and Telegram unless told otherwise. */
export async function seedContact(
  dataSource: DataSource,
  contact: Partial<Omit<ContactSnapshot, 'id'>> = {},
  workspaceId?: string,
): Promise<string> {
  const [row] = await dataSource.query(
    `INSERT INTO contacts (workspace_id, external_id, email, phone, telegram_chat_id, timezone, attributes, subscriptions)
     VALUES ($8, $1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      contact.externalId ?? null,
      contact.email === undefined ? 'anna@example.com' : contact.email,
      contact.phone === undefined ? '+79990000000' : contact.phone,
      contact.telegramChatId === undefined ? '4242' : contact.telegramChatId,
      contact.timezone ?? 'Europe/Moscow',
      JSON.stringify(contact.attributes ?? {}),
      JSON.stringify(contact.subscriptions ?? {}),
      workspaceId ?? (await seedWorkspace(dataSource)),
    ],
  );
  return row.id;
}

/** An active journey with `graph` published as version 1. */
export async function seedPublishedJourney(
  dataSource: DataSource,
  graph: JourneyGraph,
  name = 'test journey',
  workspaceId?: string,
): Promise<{ journeyId: string; versionId: string }> {
  const [journey] = await dataSource.query(
    `INSERT INTO journeys (workspace_id, name, status, draft) VALUES ($1, $2, 'active', $3) RETURNING id`,
    [workspaceId ?? (await seedWorkspace(dataSource)), name, JSON.stringify(graph)],
  );
  const [version] = await dataSource.query(
    `INSERT INTO journey_versions (journey_id, version, graph) VALUES ($1, 1, $2) RETURNING id`,
    [journey.id, JSON.stringify(graph)],
  );
  return { journeyId: journey.id, versionId: version.id };
}
