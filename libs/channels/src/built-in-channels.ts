import type { ChannelDefinition } from './channel';
import { createEmailChannel } from './email/email.channel';
import type { SmtpAddress } from './email/smtp-transports';
import { createPushChannel } from './push/push.channel';
import { captureInSandbox, type Capture } from './sandbox-capture';
import { createSmsChannel } from './sms/sms.channel';
import { createTelegramChannel } from './telegram/telegram.channel';
import { createWebhookChannel } from './webhook/webhook.channel';

export interface BuiltInChannelOptions {
  /** Where channels without a provider configured for the workspace put their messages (the sandbox). */
  capture: Capture;
  /** The loopback SMTP sandbox; without it email is captured directly like the other sandboxes. */
  smtpSandbox?: SmtpAddress;
}

/**
 * The channels Cascade ships, each through the public SDK: with the workspace's provider settings
 * it calls the provider, without them it captures into the sandbox (`webhook` needs none: it always
 * calls its URL). The API builds the same list (for schemas and callbacks) with a capture that
 * refuses, as it never sends.
 */
export function createBuiltInChannels(options: BuiltInChannelOptions): ChannelDefinition[] {
  const { capture, smtpSandbox } = options;
  return [
    smtpSandbox ? createEmailChannel({ sandbox: smtpSandbox }) : emailCapturedDirectly(capture),
    createSmsChannel({ capture }),
    createTelegramChannel({ capture }),
    createPushChannel({ capture }),
    createWebhookChannel(),
  ];
}

/** Without the SMTP sandbox (tests that start none): the real email channel, but an unconfigured workspace's mail is captured as is. */
function emailCapturedDirectly(capture: Capture): ChannelDefinition {
  const email: ChannelDefinition = createEmailChannel();
  return {
    ...email,
    send: (input) => (input.credentials ? email.send(input) : captureInSandbox(capture, 'email', input)),
  };
}
