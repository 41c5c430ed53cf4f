import type { DataSource } from 'typeorm';
import { createEmailChannel, createSandboxChannels, type ChannelDefinition, type SmtpAddress } from '@cascade/channels';
import { postgresCapture } from './postgres-capture';

/**
 * The channels Cascade ships, as this worker sends them. With the loopback SMTP sandbox, `email` is
 * the real SMTP channel (the workspace's provider, else the sandbox); without it (tests that start
 * no SMTP server) email is captured directly like the other sandboxes.
 */
export function builtInChannels(dataSource: DataSource, smtpSandbox?: SmtpAddress): ChannelDefinition[] {
  const sandboxes = createSandboxChannels(postgresCapture(dataSource));
  if (!smtpSandbox) return sandboxes;
  return sandboxes.map((channel) => (channel.type === 'email' ? createEmailChannel({ sandbox: smtpSandbox }) : channel));
}
