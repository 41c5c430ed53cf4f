import type { DataSource } from 'typeorm';
import { capLookback, decideSend, validZone, type ContactSnapshot, type RecentSend, type SendDecision } from '@cascade/journey';
import type { SendMessageInput } from '@cascade/workflows';
import { workspaceMessagingRules } from './workspace-messaging-rules';

/** Statuses of a message that reached the provider: these count against a cap. */
const COUNTED = ['sent', 'delivered', 'opened', 'clicked', 'replied', 'bounced'];

/** The workspace's frequency caps and quiet hours for this message, at send time. */
export async function checkSendPolicy(dataSource: DataSource, input: SendMessageInput, contact: ContactSnapshot, workspaceId: string): Promise<SendDecision> {
  if (input.transactional) return { status: 'allowed' };
  const rules = await workspaceMessagingRules(dataSource, workspaceId);
  if (!rules) return { status: 'allowed' };
  const now = new Date().toISOString();
  const since = capLookback({ caps: rules.caps, now, zone: validZone(contact.timezone ?? undefined) });
  const recentSends: RecentSend[] = since === null ? [] : (await dataSource.query(
    `SELECT channel, sent_at AS "sentAt" FROM messages
     WHERE contact_id = $1 AND NOT transactional AND sent_at > $2 AND status = ANY($3)`,
    [contact.id, since, COUNTED],
  )).map((row: { channel: string; sentAt: Date }) => ({ channel: row.channel, sentAt: row.sentAt.toISOString() }));
  return decideSend({ rules, channel: input.channel, transactional: input.transactional, onCap: input.onCap, timezone: contact.timezone, now, recentSends });
}
