import type { DataSource } from 'typeorm';
import type { CapturedMessage } from '@cascade/channels';
import type { EmailHeaders } from './captured-email';

/**
 * Sandboxes capture into sandbox_messages, once per message id (a retried send is recognised):
 * the sandbox channels directly, the email sandbox with the HTML part and headers it received.
 */
export function postgresCapture(dataSource: DataSource) {
  return async ({ messageId, channel, address, message, headers }: CapturedMessage & { headers?: EmailHeaders }): Promise<void> => {
    await dataSource.query(
      `INSERT INTO sandbox_messages (message_id, channel, address, subject, body, html, headers) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (message_id) DO NOTHING`,
      [messageId, channel, address, message.subject ?? null, message.body, message.html ?? null, headers ? JSON.stringify(headers) : null],
    );
  };
}
