import { randomUUID } from 'node:crypto';
import { copyLine } from './copy-text';
import type { GeneratedCustomer } from './customer-base.types';

/** Columns the COPYs fill, in the order of the lines below. */
export const CONTACT_COLUMNS = 'id, workspace_id, external_id, email, phone, timezone, attributes, subscriptions, created_at, updated_at';
export const EVENT_COLUMNS = 'workspace_id, contact_id, name, properties, occurred_at';

/** A batch of customers as COPY text: contact ids are drawn here so the events can point at them. */
export interface CustomerRows {
  contacts: string;
  events: string;
  contactCount: number;
  eventCount: number;
  purchaseCount: number;
}

export function customerRows(workspaceId: string, customers: readonly GeneratedCustomer[]): CustomerRows {
  const contactLines: string[] = [];
  const eventLines: string[] = [];
  let purchaseCount = 0;
  for (const { contact, events } of customers) {
    const id = randomUUID();
    contactLines.push(copyLine([
      id, workspaceId, contact.externalId, contact.email, contact.phone, contact.timezone,
      JSON.stringify(contact.attributes), JSON.stringify(contact.subscriptions), contact.createdAt, contact.createdAt,
    ]));
    for (const event of events) {
      if (event.name === 'purchase') purchaseCount++;
      eventLines.push(copyLine([workspaceId, id, event.name, JSON.stringify(event.properties), event.occurredAt]));
    }
  }
  return {
    contacts: contactLines.join(''),
    events: eventLines.join(''),
    contactCount: contactLines.length,
    eventCount: eventLines.length,
    purchaseCount,
  };
}
