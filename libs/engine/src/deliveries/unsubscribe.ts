import type { DataSource } from 'typeorm';
import { ingestEvents } from '../events/ingest-events';

export interface Unsubscribed {
  channel: string;
  /** False when the contact had already unsubscribed from the channel (a second click). */
  changed: boolean;
}

/**
 * Unsubscribes the contact a message went to from that message's channel: later sends on the
 * channel are skipped with the reason in the trace. An `unsubscribed` event is stored too (once per
 * message), so journeys can react, e.g. exit on it. Null when the message no longer exists.
 */
export async function unsubscribeByMessage(dataSource: DataSource, messageId: string): Promise<Unsubscribed | null> {
  return dataSource.transaction(async (manager) => {
    const [message]: { contact_id: string; workspace_id: string; channel: string; journey_id: string; subscribed: boolean }[] = await manager.query(
      `SELECT m.contact_id, c.workspace_id, m.channel, m.journey_id, coalesce((c.subscriptions->>m.channel)::boolean, true) AS subscribed
       FROM messages m JOIN contacts c ON c.id = m.contact_id WHERE m.id = $1 FOR UPDATE OF c`, [messageId]);
    if (!message) return null;
    if (message.subscribed) {
      await manager.query(
        `UPDATE contacts SET subscriptions = subscriptions || jsonb_build_object($2::text, false), updated_at = now() WHERE id = $1`,
        [message.contact_id, message.channel]);
    }
    await ingestEvents(manager, message.workspace_id, [{
      contactId: message.contact_id, name: 'unsubscribed', messageId: `unsubscribe:${messageId}`,
      properties: { channel: message.channel, messageId, journeyId: message.journey_id },
    }]);
    return { channel: message.channel, changed: message.subscribed };
  });
}
