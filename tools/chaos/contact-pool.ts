import type { DataSource } from 'typeorm';

/**
 * The contacts events go to. A contact is free when every event posted for it is settled: stored,
 * routed (out of the outbox) and with no journey still running from it. Events go to the contact
 * free the longest; when none is free (journeys last longer than the pool allows) an event goes to a
 * busy one and is marked so: it may rightly start no journey (re-entry waits for the last to end).
 */
export class ContactPool {
  private readonly free: number[];
  /** messageId → contact, for events not settled yet. */
  private readonly outstanding = new Map<string, number>();
  private readonly pendingPerContact = new Map<number, number>();
  /** messageIds of the events posted while their contact was busy. */
  readonly postedBusy = new Set<string>();
  private next = 0;

  constructor(readonly size: number) {
    this.free = Array.from({ length: size }, (_, index) => index);
  }

  get freeCount(): number {
    return this.free.length;
  }

  /** The contact for a new event. */
  take(messageId: string): number {
    let contact = this.free.shift();
    if (contact === undefined) {
      contact = this.next++ % this.size;
      this.postedBusy.add(messageId);
    }
    this.outstanding.set(messageId, contact);
    this.pendingPerContact.set(contact, (this.pendingPerContact.get(contact) ?? 0) + 1);
    return contact;
  }

  /** These events are settled (or will never be stored); a contact with none left is free again. */
  settle(messageIds: Iterable<string>): void {
    for (const messageId of messageIds) {
      const contact = this.outstanding.get(messageId);
      if (contact === undefined) continue;
      this.outstanding.delete(messageId);
      const left = (this.pendingPerContact.get(contact) ?? 1) - 1;
      if (left > 0) this.pendingPerContact.set(contact, left);
      else {
        this.pendingPerContact.delete(contact);
        this.free.push(contact);
      }
    }
  }

  /** Asks Postgres which outstanding events are settled, and frees their contacts. */
  async refresh(settled: (messageIds: string[]) => Promise<string[]>): Promise<void> {
    if (this.outstanding.size > 0) this.settle(await settled([...this.outstanding.keys()]));
  }
}

/** Of these event messageIds, those stored, routed and whose journey (if they started one) is over. */
export function settledEvents(dataSource: DataSource, workspaceId: string) {
  return async (messageIds: string[]): Promise<string[]> => (await dataSource.query(
    `SELECT e.message_id FROM contact_events e
     WHERE e.workspace_id = $1 AND e.message_id = ANY($2)
       AND NOT EXISTS (SELECT 1 FROM event_outbox o WHERE o.event_id = e.id)
       AND NOT EXISTS (SELECT 1 FROM enrollments en WHERE en.contact_id = e.contact_id AND en.trigger_event->>'id' = e.id::text AND en.status = 'active')`,
    [workspaceId, messageIds],
  )).map((row: { message_id: string }) => row.message_id);
}
