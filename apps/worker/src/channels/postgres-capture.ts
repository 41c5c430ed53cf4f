import type { DataSource } from 'typeorm';
import type { Capture } from '@cascade/channels';

/** Sandbox channels capture into sandbox_messages, once per message id (a retried send is recognised). */
export function postgresCapture(dataSource: DataSource): Capture {
  return async ({ messageId, channel, address, message }) => {
    await dataSource.query(
      `INSERT INTO sandbox_messages (message_id, channel, address, subject, body) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (message_id) DO NOTHING`,
      [messageId, channel, address, message.subject ?? null, message.body],
    );
  };
}
