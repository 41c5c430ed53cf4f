import { ApplicationFailure } from '@temporalio/common';
import type { DataSource } from 'typeorm';
import { ChannelError, type ChannelRegistry, type OutboundFetch, type TrackingLinks } from '@cascade/channels';
import type { ChannelCredentialsStore } from '@cascade/engine';
import { statusesSatisfying, type SendResult } from '@cascade/journey';
import type { SendMessageInput } from '@cascade/workflows';
import { CONTACT_COLUMNS, toContactSnapshot, type ContactRow } from './contact-row';
import { renderOutgoing } from './message-content';
import { claimSend } from './send-policy';

/** Statuses of a message the provider accepted, answered as sent (`failed` is answered as failed, whoever said so). */
const SENT = ['sent', 'delivered', 'opened', 'clicked', 'replied', 'bounced'];
const DELIVERED = statusesSatisfying('delivered');

export interface SendMessageDependencies {
  dataSource: DataSource;
  channels: ChannelRegistry;
  links: TrackingLinks;
  credentials: ChannelCredentialsStore;
  /** The deployment's guarded fetch (CASCADE_OUTBOUND_ALLOWLIST), given to channels and used by the webhook node. */
  fetch: OutboundFetch;
}

/**
 * Sends one message exactly once per id: the row is written before the provider is called, and a
 * retried or replayed activity finds it and answers from it. A send interrupted between the provider's
 * acceptance and the status update is retried with the same id, which idempotent providers (the
 * sandboxes) recognise and others may deliver twice; `send_attempts` > 1 shows it. Consent, reachability, caps and quiet hours are checked here, at send time. A marketing
 * message's `sent_at` is set (claimed) before the provider call, and cleared if it never went out.
 */
export function createSendMessage(deps: SendMessageDependencies) {
  return async function sendMessage(input: SendMessageInput): Promise<SendResult> {
    const channel = deps.channels.get(input.channel);
    if (!channel) throw ApplicationFailure.nonRetryable(`unknown channel "${input.channel}"`, 'UnknownChannel');
    const [row] = await deps.dataSource.query(
      `INSERT INTO messages (id, enrollment_id, contact_id, journey_id, node_id, step, channel, template_id, content, transactional)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (id) DO UPDATE SET updated_at = messages.updated_at
       RETURNING status, reason`,
      [input.messageId, input.enrollmentId, input.contactId, input.journeyId, input.nodeId, input.step, input.channel,
        input.templateId ?? null, input.content ? JSON.stringify(input.content) : null, input.transactional],
    );
    // A retry after the provider confirmed delivery must say so again: no callback will.
    if (SENT.includes(row.status)) return DELIVERED.includes(row.status) ? { status: 'sent', delivered: true } : { status: 'sent' };
    if (row.status === 'skipped') return { status: 'skipped', reason: row.reason };
    if (row.status === 'failed') return { status: 'failed', reason: row.reason };

    const [contactRow] = (await deps.dataSource.query(`SELECT ${CONTACT_COLUMNS}, workspace_id FROM contacts WHERE id = $1`, [input.contactId])) as (ContactRow & { workspace_id: string })[];
    if (!contactRow) return settle('skipped', 'contact deleted');
    const contact = toContactSnapshot(contactRow);
    const workspaceId = contactRow.workspace_id;
    if (contact.subscriptions?.[input.channel] === false) return settle('skipped', `unsubscribed from ${input.channel}`);
    const address = channel.address(contact);
    if (!address) return settle('skipped', `no ${input.channel} address`);

    const policy = await claimSend(deps.dataSource, input, contact, workspaceId);
    if (policy.status === 'skipped') return settle('skipped', policy.reason);
    if (policy.status === 'deferred') return policy; // the row stays pending: the same id is sent when allowed

    const rendered = await renderOutgoing(deps.dataSource, input, contact);
    if ('error' in rendered) return settle('failed', rendered.error);

    const credentials = await deps.credentials.get(workspaceId, input.channel);
    // Counted before the provider call: a second attempt means the first one's outcome was never recorded.
    await deps.dataSource.query(`UPDATE messages SET send_attempts = send_attempts + 1 WHERE id = $1`, [input.messageId]);
    try {
      const { providerMessageId, delivered } = await channel.send({
        messageId: input.messageId, address, contact, message: rendered.message, config: input.config,
        credentials,
        links: deps.links.forMessage(input.messageId),
        webhookUrl: `${deps.links.options.publicUrl}/api/v1/webhooks/${encodeURIComponent(input.channel)}/${workspaceId}`,
        fetch: deps.fetch,
      });
      // The provider accepted: record it first, before anything else can fail. A crash before this line is the
      // one window left, where a retry sends again (with the same message id and email Message-ID).
      // A delivery report may have moved the status on meanwhile: it never goes back, but the send is recorded.
      await deps.dataSource.query(
        `UPDATE messages SET status = CASE WHEN status = 'pending' THEN $3 ELSE status END, sent_at = coalesce(sent_at, now()),
           provider_message_id = coalesce($2, provider_message_id), updated_at = now()
         WHERE id = $1`,
        [input.messageId, providerMessageId ?? null, delivered ? 'delivered' : 'sent'],
      );
      return delivered ? { status: 'sent', providerMessageId, delivered: true } : { status: 'sent', providerMessageId };
    } catch (error) {
      if (error instanceof ChannelError && !error.retryable) return settle('failed', error.message);
      throw error; // retryable: Temporal retries the activity with backoff, the same id
    }

    /** A message that never went out: its claim, if any, is released. */
    async function settle(status: 'skipped' | 'failed', reason: string): Promise<SendResult> {
      await deps.dataSource.query(`UPDATE messages SET status = $2, reason = $3, sent_at = NULL, updated_at = now() WHERE id = $1`, [input.messageId, status, reason]);
      return { status, reason };
    }
  };
}
