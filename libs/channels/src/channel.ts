import type { ContactSnapshot } from '@cascade/journey';

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
