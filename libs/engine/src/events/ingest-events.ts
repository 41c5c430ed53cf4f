import type { EntityManager } from 'typeorm';
import { DomainError } from '@cascade/errors';

export interface IncomingEvent {
  externalId?: string;
  contactId?: string;
  name: string;
  properties?: Record<string, unknown>;
  occurredAt?: string;
  messageId?: string;
}

/** Events naming a contactId the workspace does not have: their positions in the batch, one detail each. */
export class UnknownContactsError extends DomainError<'unknown_contact'> {
  override name = 'UnknownContactsError';

  constructor(readonly indexes: number[]) {
    super('invalid', 'unknown_contact', 'Some events name a contact that does not exist; nothing was stored',
      indexes.map((index) => ({ path: `events[${index}].contactId`, code: 'unknown_contact', message: 'no such contact in this workspace' })));
  }
}

/**
 * Stores events and their routing work in the caller's transaction (the outbox), creating contacts
 * for unknown externalIds; an event whose messageId is known is a duplicate and is skipped. The
 * dispatcher is woken when the transaction commits.
 */
export async function ingestEvents(manager: EntityManager, workspaceId: string, events: IncomingEvent[]): Promise<{ accepted: number; duplicates: number }> {
  const contactIds = await resolveContacts(manager, workspaceId, events);
  const now = new Date().toISOString();
  const inserted: { id: string }[] = await manager.query(
    `INSERT INTO contact_events (workspace_id, contact_id, name, properties, occurred_at, message_id)
     SELECT $1, * FROM unnest($2::uuid[], $3::text[], $4::jsonb[], $5::timestamptz[], $6::text[]) AS e(contact_id, name, properties, occurred_at, message_id)
     ORDER BY message_id -- one lock order for duplicate messageIds across concurrent batches
     ON CONFLICT (workspace_id, message_id) DO NOTHING
     RETURNING id`,
    [workspaceId, contactIds, events.map((e) => e.name), events.map((e) => JSON.stringify(e.properties ?? {})),
      events.map((e) => e.occurredAt ?? now), events.map((e) => e.messageId ?? null)],
  );
  if (inserted.length > 0) {
    await manager.query(`INSERT INTO event_outbox (event_id) SELECT unnest($1::uuid[])`, [inserted.map((row) => row.id)]);
    await manager.query(`SELECT pg_notify('cascade_outbox', '')`);
  }
  return { accepted: inserted.length, duplicates: events.length - inserted.length };
}

/** Contact ids in event order: unknown externalIds are created; a contactId must be the workspace's. */
async function resolveContacts(manager: EntityManager, workspaceId: string, events: IncomingEvent[]): Promise<string[]> {
  // Sorted: concurrent batches then lock contacts in the same order and never deadlock.
  const externalIds = [...new Set(events.filter((e) => e.contactId === undefined).map((e) => e.externalId!))].sort();
  const byExternalId = new Map<string, string>();
  if (externalIds.length > 0) {
    const rows: { id: string; external_id: string }[] = await manager.query(
      `INSERT INTO contacts (workspace_id, external_id) SELECT $1, unnest($2::text[])
       ON CONFLICT (workspace_id, external_id) DO UPDATE SET updated_at = contacts.updated_at
       RETURNING id, external_id`,
      [workspaceId, externalIds],
    );
    for (const row of rows) byExternalId.set(row.external_id, row.id);
  }
  const named = [...new Set(events.map((e) => e.contactId).filter((id): id is string => !!id))];
  const known = new Set<string>(
    named.length === 0 ? [] : (await manager.query(`SELECT id FROM contacts WHERE workspace_id = $1 AND id = ANY($2)`, [workspaceId, named])).map(
      (row: { id: string }) => row.id,
    ),
  );
  const unknown = events.flatMap((e, index) => (e.contactId && !known.has(e.contactId) ? [index] : []));
  if (unknown.length > 0) throw new UnknownContactsError(unknown);
  return events.map((e) => e.contactId ?? byExternalId.get(e.externalId!)!);
}
