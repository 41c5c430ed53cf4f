import type { ContactSnapshot } from '@cascade/journey';
import { defineChannel, type ChannelDefinition, type OutgoingMessage } from './channel';
import { pushAddress } from './push/push-subscription';

export interface CapturedMessage {
  messageId: string;
  channel: string;
  address: string;
  message: OutgoingMessage;
}

/** Where sandbox channels put what they would have sent; captures the same message id once. */
export type Capture = (captured: CapturedMessage) => Promise<void>;

const builtIns: { type: string; label: string; address: (contact: ContactSnapshot) => string | null | undefined }[] = [
  { type: 'email', label: 'Email', address: (contact) => contact.email },
  { type: 'sms', label: 'SMS', address: (contact) => contact.phone },
  { type: 'telegram', label: 'Telegram', address: (contact) => contact.telegramChatId },
  { type: 'push', label: 'Web push', address: pushAddress },
  { type: 'webhook', label: 'Webhook', address: (contact) => contact.id },
];

/** The channel types Cascade ships. */
export const BUILT_IN_CHANNEL_TYPES = builtIns.map((channel) => channel.type);

/** The embedded default: every built-in channel captures locally instead of calling a provider. */
export function createSandboxChannels(capture: Capture): ChannelDefinition[] {
  return builtIns.map(({ type, label, address }) =>
    defineChannel({
      type,
      label,
      configSchema: { type: 'object' },
      address: (contact) => address(contact) || null,
      async send({ messageId, address: to, message }) {
        await capture({ messageId, channel: type, address: to, message });
        return { providerMessageId: `sandbox-${messageId}` };
      },
    }),
  );
}
