import type { DataSource } from 'typeorm';
import { createBuiltInChannels, type ChannelDefinition, type SmtpAddress } from '@cascade/channels';
import { postgresCapture } from './postgres-capture';

/** The channels Cascade ships, as this worker sends them: sandboxes capture into sandbox_messages. */
export function builtInChannels(dataSource: DataSource, smtpSandbox?: SmtpAddress): ChannelDefinition[] {
  return createBuiltInChannels({ capture: postgresCapture(dataSource), smtpSandbox });
}
