import { createHmac, timingSafeEqual } from 'node:crypto';
import { ChannelError, defineChannel, sanitizeReason, WebhookRejectedError, type DeliveryReport } from '@cascade/channels';

/** The workspace's Viber bot (PUT /api/v1/channels/viber/credentials). */
export interface ViberCredentials {
  authToken: string;
  senderName: string;
  /** The Viber REST API; a test points it at a local server. */
  apiUrl?: string;
}

/** Node settings: an optional button under the message. */
export interface ViberConfig {
  buttonText?: string;
  buttonUrl?: string;
}

const VIBER_API = 'https://chatapi.viber.com/pa';
const STATUS_OF_EVENT: Record<string, DeliveryReport['status']> = { delivered: 'delivered', seen: 'opened', failed: 'failed' };

/**
 * A Viber bot channel, written against the public SDK only (`@cascade/channels`), as a third party
 * would: contacts are reached by the `viberId` attribute (the user id Viber gave the bot).
 */
export default defineChannel<ViberConfig, ViberCredentials>({
  type: 'viber',
  label: 'Viber',
  configSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { buttonText: { type: 'string', minLength: 1, maxLength: 30 }, buttonUrl: { type: 'string', pattern: '^https?://' } },
    dependentRequired: { buttonText: ['buttonUrl'], buttonUrl: ['buttonText'] },
  },
  credentialsSchema: {
    type: 'object',
    required: ['authToken', 'senderName'],
    additionalProperties: false,
    properties: {
      authToken: { type: 'string', minLength: 10, writeOnly: true },
      senderName: { type: 'string', minLength: 1, maxLength: 28 },
      apiUrl: { type: 'string', pattern: '^https?://' },
    },
  },
  address: (contact) => (typeof contact.attributes.viberId === 'string' ? contact.attributes.viberId : null),

  // `fetch` is Cascade's guarded one: it refuses private destinations unless the deployment allows them (SSRF).
  async send({ address, message, config, credentials, links, fetch }) {
    if (!credentials) throw new ChannelError('Viber is not set up for this workspace (PUT /api/v1/channels/viber/credentials)', false);
    const body: Record<string, unknown> = {
      receiver: address, type: 'text', sender: { name: credentials.senderName }, text: message.body,
    };
    if (config.buttonText && config.buttonUrl) {
      body.keyboard = { Type: 'keyboard', Buttons: [{ ActionType: 'open-url', ActionBody: links.click(config.buttonUrl), Text: config.buttonText }] };
    }
    let response: Response;
    try {
      response = await fetch(`${credentials.apiUrl ?? VIBER_API}/send_message`, {
        method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Viber-Auth-Token': credentials.authToken }, body: JSON.stringify(body),
      });
    } catch (error) {
      if (error instanceof ChannelError) throw error; // a refused destination (not retried), or no answer (retried)
      throw new ChannelError(`Viber is unreachable: ${(error as Error).message}`, true);
    }
    if (response.status >= 500 || response.status === 429) throw new ChannelError(`Viber answered ${response.status}`, true);
    const answer = (await response.json().catch(() => ({}))) as { status?: number; status_message?: string; message_token?: number | string };
    if (!response.ok || answer.status !== 0) {
      // Only Viber's short status text, cleaned: an answer's body never goes into traces as it is.
      const said = typeof answer.status_message === 'string' ? sanitizeReason(answer.status_message) : '';
      throw new ChannelError(`Viber refused the message: ${said || response.status}`, false);
    }
    return { providerMessageId: String(answer.message_token) };
  },

  /** Viber signs callbacks with HMAC-SHA256 of the body under the bot's token. */
  parseWebhook({ headers, rawBody, body }, { credentials }) {
    const signature = String(headers['x-viber-content-signature'] ?? '');
    if (!credentials) throw new WebhookRejectedError('Viber is not set up for this workspace');
    const expected = createHmac('sha256', credentials.authToken).update(rawBody).digest();
    const given = Buffer.from(signature, 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new WebhookRejectedError('bad Viber signature');
    const event = body as { event?: string; message_token?: number | string; desc?: string };
    const status = STATUS_OF_EVENT[event.event ?? ''];
    if (!status || event.message_token === undefined) return []; // subscribed, conversation_started...: not about a message
    return [{ providerMessageId: String(event.message_token), status, ...(event.desc ? { reason: event.desc } : {}) }];
  },
});
