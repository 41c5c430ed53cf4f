import type { ContactSnapshot, DeliveryStatus } from '@cascade/journey';
import type { OutboundFetch } from './outbound';

/** A message ready for a channel: templates are rendered before this point. */
export interface OutgoingMessage {
  subject?: string;
  /** Plain text: the SMS or messenger text, the text part of an email. */
  body: string;
  /** The HTML part of an email, when the template has one. */
  html?: string;
}

/** Signed links for one message (see TrackingLinks): the channel puts them where its medium allows. */
export interface MessageLinks {
  openPixel: string;
  click(url: string): string;
  unsubscribe: string;
}

export interface ChannelSendInput<Config = Record<string, unknown>, Credentials = Record<string, unknown>> {
  /** Deterministic: channels whose provider accepts an idempotency key pass it on, so a retry never sends twice. */
  messageId: string;
  address: string;
  contact: ContactSnapshot;
  message: OutgoingMessage;
  /** The node's channel settings, valid against `configSchema`. */
  config: Config;
  /** The workspace's provider settings for this channel, decrypted; null when none are configured (use a sandbox). */
  credentials: Credentials | null;
  links: MessageLinks;
  /** Where the provider should post delivery callbacks for this message (`POST /api/v1/webhooks/<type>/<workspace>`). */
  webhookUrl: string;
  /**
   * HTTP for calling the provider: `fetch`'s shape, but it refuses destinations that are not public
   * (loopback, private ranges, cloud metadata at 169.254.169.254...) unless the deployment allows them
   * (CASCADE_OUTBOUND_ALLOWLIST), checked after DNS resolution and on every redirect. Use it rather
   * than the global fetch: provider URLs come from workspace settings, contact data or journeys.
   * A refusal is a DestinationRefusedError (a ChannelError, not retried); no answer is retryable.
   */
  fetch: OutboundFetch;
}

/** What `parseWebhook` gets besides the request: the provider settings of the workspace the callback URL names. */
export interface WebhookContext<Credentials = Record<string, unknown>> {
  credentials: Credentials | null;
}

/** A channel type (docs/channels.md#the-sdk). Built-in and plug-in channels are defined the same way. */
export interface ChannelDefinition<Config = Record<string, unknown>, Credentials = Record<string, unknown>> {
  /** Unique id used in journey graphs, e.g. `viber`. */
  type: string;
  label: string;
  /** JSON Schema of the node-level config; validated on save and publish, drives the editor form. */
  configSchema: Record<string, unknown>;
  /** JSON Schema of the workspace's provider settings (`PUT /api/v1/channels/<type>/credentials`); none when the channel needs none. */
  credentialsSchema?: Record<string, unknown>;
  /**
   * True when, without the workspace's provider settings, the channel captures messages in the
   * sandbox inbox instead of sending them (the built-in ones but `webhook`). The inbox offers it.
   */
  sandbox?: boolean;
  /** Where this contact is reached on the channel; null when it cannot be. */
  address(contact: ContactSnapshot): string | null;
  /**
   * Throw ChannelError to say whether a failure is worth retrying. Return `delivered` when the
   * provider's answer itself confirms delivery (Telegram's does): no callback will say so later.
   */
  send(input: ChannelSendInput<Config, Credentials>): Promise<{ providerMessageId?: string; delivered?: true }>;
  /**
   * Reads a provider's delivery callback (`POST /api/v1/webhooks/<type>[/<workspace>]`): checks its
   * signature (throw WebhookRejectedError when it is wrong) and returns what it reports. Optional.
   */
  parseWebhook?(request: WebhookRequest, context: WebhookContext<Credentials>): DeliveryReport[] | Promise<DeliveryReport[]>;
}

/** Keeps the literal types of a definition, so `send` and `parseWebhook` see the channel's own config and credentials. */
export function defineChannel<Config = Record<string, unknown>, Credentials = Record<string, unknown>>(
  definition: ChannelDefinition<Config, Credentials>,
): ChannelDefinition<Config, Credentials> {
  return definition;
}

/** A provider's HTTP callback as received: parsed body and the exact bytes, for signatures. */
export interface WebhookRequest {
  /** The full URL the provider called (some providers sign it). */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  query: Record<string, unknown>;
  body: unknown;
  rawBody: Buffer;
}

/**
 * One status of one message, named by Cascade's message id or the id the provider returned from send.
 * `complained` (the contact reported it as spam) unsubscribes the contact from the channel.
 */
export type DeliveryReport = { status: DeliveryStatus | 'complained'; reason?: string } & ({ messageId: string } | { providerMessageId: string });

/** A provider refusal. `retryable` decides whether the send activity retries it. */
export class ChannelError extends Error {
  override name = 'ChannelError';

  constructor(message: string, readonly retryable: boolean) {
    super(message);
  }
}

export { WebhookRejectedError } from './webhook-rejected.error';
