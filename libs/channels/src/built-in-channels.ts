import type { ChannelDefinition } from './channel';
import { createEmailChannel } from './email/email.channel';
import type { SmtpAddress } from './email/smtp-transports';
import { createSandboxChannels, type Capture } from './sandbox-channels';

export interface BuiltInChannelOptions {
  /** Where channels without a provider configured for the workspace put their messages (the sandbox). */
  capture: Capture;
  /** The loopback SMTP sandbox; without it email is captured directly like the other sandboxes. */
  smtpSandbox?: SmtpAddress;
}

/**
 * The channels Cascade ships, each through the public SDK: with the workspace's provider settings
 * it calls the provider, without them it captures into the sandbox. The API builds the same list
 * (for schemas and callbacks) with a capture that refuses, as it never sends.
 */
export function createBuiltInChannels(options: BuiltInChannelOptions): ChannelDefinition[] {
  const sandboxes = createSandboxChannels(options.capture);
  const email = options.smtpSandbox ? createEmailChannel({ sandbox: options.smtpSandbox }) : undefined;
  return sandboxes.map((channel) => (channel.type === 'email' ? (email ?? withEmailSchemas(channel)) : channel));
}

/** Direct capture, with the real email channel's schemas so validation and credentials behave the same. */
function withEmailSchemas(sandbox: ChannelDefinition): ChannelDefinition {
  const { configSchema, credentialsSchema } = createEmailChannel();
  return { ...sandbox, configSchema, credentialsSchema };
}
