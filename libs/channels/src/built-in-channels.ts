import type { ChannelDefinition } from './channel';
import { createEmailChannel } from './email/email.channel';
import type { SmtpAddress } from './email/smtp-transports';
import { createSandboxChannels, type Capture } from './sandbox-channels';
import { createSmsChannel } from './sms/sms.channel';
import { createTelegramChannel } from './telegram/telegram.channel';
import { createPushChannel } from './push/push.channel';
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
 * calls its URL). The API builds the same list
 * (for schemas and callbacks) with a capture that refuses, as it never sends.
 */
export function createBuiltInChannels(options: BuiltInChannelOptions): ChannelDefinition[] {
  const sandboxes = createSandboxChannels(options.capture);
  const email = options.smtpSandbox ? createEmailChannel({ sandbox: options.smtpSandbox }) : undefined;
  const sms = createSmsChannel({ capture: options.capture });
  return sandboxes.map((channel) => {
    if (channel.type === 'email') return email ?? withEmailSchemas(channel);
    if (channel.type === 'sms') return sms;
    if (channel.type === 'telegram') return createTelegramChannel({ capture: options.capture });
    if (channel.type === 'push') return createPushChannel({ capture: options.capture });
    if (channel.type === 'webhook') return createWebhookChannel();
    return channel;
  });
}

/** Direct capture, with the real email channel's schemas and reports, so validation, credentials and bounces behave the same. */
function withEmailSchemas(sandbox: ChannelDefinition): ChannelDefinition {
  const { configSchema, credentialsSchema, parseWebhook } = createEmailChannel();
  return { ...sandbox, configSchema, credentialsSchema, parseWebhook: parseWebhook as ChannelDefinition['parseWebhook'] };
}
