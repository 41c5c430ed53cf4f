import type { DataSource } from 'typeorm';
import { capLookback, decideSend, validZone, type ContactSnapshot, type RecentSend, type SendDecision } from '@cascade/journey';
import type { SendMessageInput } from '@cascade/workflows';
import { workspaceMessagingRules, type Queryable } from './workspace-messaging-rules';

/**
 * Serialises the policy decisions of one contact's marketing messages. Its first key is not a journey
 * id, so it is not the enrollment lock (hashtext(journeyId), hashtext(contactId)); should the hashes
 * ever meet, an enrollment and a send of that contact would only wait for each other.
 */
const CONTACT_SENDS_LOCK = 'cascade:contact-sends';

/**
 * Decides a marketing message under the contact's lock and, when it may go, claims it (its `sent_at`)
 * before the provider is called: concurrent sends to the contact count each other's claims, so a cap
 * holds however many journeys reach the contact at once. A deferred message keeps no claim. A
 * transactional message is neither decided nor counted.
 */
export async function claimSend(dataSource: DataSource, input: SendMessageInput, contact: ContactSnapshot, workspaceId: string): Promise<SendDecision> {
  if (input.transactional) return { status: 'allowed' };
  return dataSource.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))`, [CONTACT_SENDS_LOCK, contact.id]);
    const decision = await checkSendPolicy(manager, input, contact, workspaceId);
    if (decision.status === 'allowed') {
      // clock_timestamp(), not now(): a transaction that began before this one may take the lock after it.
      await manager.query(`UPDATE messages SET sent_at = coalesce(sent_at, clock_timestamp()) WHERE id = $1`, [input.messageId]);
    } else if (decision.status === 'deferred') {
      // A retry deferred after an interrupted send: the message waits unclaimed, and is claimed again when it goes.
      await manager.query(`UPDATE messages SET sent_at = NULL WHERE id = $1 AND sent_at IS NOT NULL`, [input.messageId]);
    }
    return decision;
  });
}

/**
 * The workspace's frequency caps and quiet hours for this message, at send time. Counts the contact's
 * marketing messages claimed or sent in the window, whatever a delivery report said of them since;
 * the message itself is not counted, so the retry of an interrupted send keeps its slot.
 */
async function checkSendPolicy(db: Queryable, input: SendMessageInput, contact: ContactSnapshot, workspaceId: string): Promise<SendDecision> {
  const rules = await workspaceMessagingRules(db, workspaceId);
  if (!rules) return { status: 'allowed' };
  // The database's clock, which stamped the claims: one read after a claim is committed never precedes it.
  const [{ now }] = (await db.query(`SELECT clock_timestamp() AS now`)) as { now: Date }[];
  const nowIso = now.toISOString();
  const since = capLookback({ caps: rules.caps, now: nowIso, zone: validZone(contact.timezone ?? undefined) });
  const recentSends: RecentSend[] = since === null ? [] : (await db.query(
    `SELECT channel, sent_at AS "sentAt" FROM messages
     WHERE contact_id = $1 AND NOT transactional AND sent_at > $2 AND id <> $3`,
    [contact.id, since, input.messageId],
  )).map((row: { channel: string; sentAt: Date }) => ({ channel: row.channel, sentAt: row.sentAt.toISOString() }));
  return decideSend({ rules, channel: input.channel, transactional: input.transactional, onCap: input.onCap, timezone: contact.timezone, now: nowIso, recentSends });
}
