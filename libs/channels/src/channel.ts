import type { ContactSnapshot, DeliveryStatus } from '@cascade/journey';

/** A message ready for a channel (templates are rendered before this point). */
export interface OutgoingMessage {
  subject?: string;
  body: string;
}

export interface ChannelSendInput {
  /** Deterministic id: channels that accept an idempotency key pass it on. */
  messageId: string;
  address: string;
  contact: ContactSnapshot;
  message: OutgoingMessage;
  config: Record<string, unknown>;
}

/** A channel type (DESIGN.md §7). Built-in and plug-in channels are defined the same way. */
export interface ChannelDefinition {
  type: string;
  label: string;
  /** JSON Schema of the node-level config; drives the editor form. */
  configSchema: Record<string, unknown>;
  /** Where this contact is reached on the channel; null when it cannot be. */
  address(contact: ContactSnapshot): string | null;
  send(input: ChannelSendInput): Promise<{ providerMessageId?: string }>;
  /**
   * Reads a provider's delivery callback (`POST /api/v1/webhooks/<type>`): checks its signature
   * (throw WebhookRejectedError when it is wrong) and returns what it reports. Optional.
   */
  parseWebhook?(request: WebhookRequest): DeliveryReport[] | Promise<DeliveryReport[]>;
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

/** One status of one message, named by Cascade's message id or the id the provider returned from send. */
export type DeliveryReport = { status: DeliveryStatus; reason?: string } & ({ messageId: string } | { providerMessageId: string });

/** A callback that is not the provider's (bad or missing signature): answered 401, nothing recorded. */
export class WebhookRejectedError extends Error {
  override name = 'WebhookRejectedError';
}

export function defineChannel<T extends ChannelDefinition>(definition: T): T {
  return definition;
}

/** A provider refusal. `retryable` decides whether the send activity retries it. */
export class ChannelError extends Error {
  override name = 'ChannelError';

  constructor(message: string, readonly retryable: boolean) {
    super(message);
  }
}
