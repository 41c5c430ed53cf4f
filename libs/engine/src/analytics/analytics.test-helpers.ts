import type { DataSource } from 'typeorm';
import { seedContact } from '@cascade/testing';

/** A contact of `workspaceId`, named by external id so failures read well. */
export function customer(db: DataSource, workspaceId: string, externalId: string): Promise<string> {
  return seedContact(db, { externalId }, workspaceId);
}

/** An event row as ingestion stores it; purchases by default. */
export async function purchase(
  db: DataSource,
  workspaceId: string,
  contactId: string,
  occurredAt: string,
  properties: Record<string, unknown> = {},
  name = 'purchase',
): Promise<void> {
  await db.query(
    'INSERT INTO contact_events (workspace_id, contact_id, name, properties, occurred_at) VALUES ($1, $2, $3, $4, $5)',
    [workspaceId, contactId, name, JSON.stringify(properties), occurredAt]);
}
