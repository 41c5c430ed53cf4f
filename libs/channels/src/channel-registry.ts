import type { ChannelDefinition } from './channel';

/** The channel types a process knows, by type. */
export class ChannelRegistry {
  private readonly channels = new Map<string, ChannelDefinition>();

  constructor(channels: ChannelDefinition[]) {
    for (const channel of channels) {
      if (this.channels.has(channel.type)) throw new Error(`two channels have the type "${channel.type}"`);
      this.channels.set(channel.type, channel);
    }
  }

  get(type: string): ChannelDefinition | undefined {
    return this.channels.get(type);
  }

  all(): ChannelDefinition[] {
    return [...this.channels.values()];
  }

  types(): string[] {
    return [...this.channels.keys()];
  }
}
