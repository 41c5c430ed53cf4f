import { defineChannel } from '../channel';
import { answerReason } from '../outbound';
import { answerText, fetchProvider, parseJson } from '../provider-fetch';
import { webhookError } from './webhook-error';
import { webhookRequest } from './webhook-request';
import { webhookConfigSchema, webhookCredentialsSchema, type WebhookChannelConfig, type WebhookChannelCredentials } from './webhook-schemas';

/**
 * The built-in `webhook` channel: one HTTP call per contact to any endpoint, e.g. to create a deal
 * or a task in the CRM, with the message (rendered with Liquid) as the body. Unlike the webhook
 * node, it is a message: recorded, retried under the same id, and a cascade step.
 * It has no sandbox: without credentials it calls the URL all the same.
 * Journeys choose the URL: the guarded fetch refuses destinations that are not public unless
 * CASCADE_OUTBOUND_ALLOWLIST allows them (SSRF).
 */
export function createWebhookChannel() {
  return defineChannel<WebhookChannelConfig, WebhookChannelCredentials>({
    type: 'webhook',
    label: 'Webhook',
    configSchema: webhookConfigSchema,
    credentialsSchema: webhookCredentialsSchema,
    // Every contact can be "reached": the endpoint decides what to do with it.
    address: (contact) => contact.id,
    async send({ messageId, contact, message, config, credentials, fetch }) {
      const request = webhookRequest({ config, credentials, input: { messageId, contact, message } });
      const response = await fetchProvider(fetch, `webhook ${request.url.host}`, request.url.href, { method: request.method, headers: request.headers, body: request.body });
      const answer = await answerText(response);
      if (response.status < 200 || response.status > 299) throw webhookError(response.status, request.url.host, answerReason(answer, response.headers.get('content-type')));
      const id = (parseJson(answer) as { id?: unknown } | undefined)?.id;
      return typeof id === 'string' || typeof id === 'number' ? { providerMessageId: String(id) } : {};
    },
  });
}
