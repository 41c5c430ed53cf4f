import { Injectable } from '@nestjs/common';
import { ChannelRegistry, type ChannelDefinition } from '@cascade/channels';
import { DomainError, notFoundMessage } from '@cascade/errors';
import { ChannelCredentialsStore } from '@cascade/engine';
import { schemaIssues } from '@cascade/journey';

export interface ChannelView {
  type: string;
  label: string;
  /** JSON Schema of the node settings: the editor draws its form from it. */
  configSchema: Record<string, unknown>;
  /** JSON Schema of the provider settings, or null when the channel needs none. */
  credentialsSchema: Record<string, unknown> | null;
  /** Whether this workspace stored provider settings; without them the channel uses its sandbox. Values are never returned. */
  configured: boolean;
  acceptsWebhooks: boolean;
  /** Whether messages are captured in the sandbox inbox while the workspace has no provider settings. */
  sandbox: boolean;
}

/** Channel types (built-in and plug-ins) and each workspace's provider settings for them. */
@Injectable()
export class ChannelsService {
  constructor(
    private readonly channels: ChannelRegistry,
    private readonly credentials: ChannelCredentialsStore,
  ) {}

  async list(workspaceId: string): Promise<ChannelView[]> {
    const configured = await this.credentials.configured(workspaceId);
    return this.channels.all().map((channel) => ({
      type: channel.type, label: channel.label, configSchema: channel.configSchema, credentialsSchema: channel.credentialsSchema ?? null,
      configured: configured.has(channel.type), acceptsWebhooks: typeof channel.parseWebhook === 'function',
      sandbox: channel.sandbox === true,
    }));
  }

  /** Replaces the provider settings, validated against the channel's schema; stored encrypted. */
  async putCredentials(workspaceId: string, type: string, credentials: Record<string, unknown>): Promise<void> {
    const channel = this.channel(type);
    if (!channel.credentialsSchema) {
      const message = `Channel "${type}" takes no provider settings`;
      throw new DomainError('invalid', 'credentials_not_accepted', message, [{ path: 'type', code: 'credentials_not_accepted', message }]);
    }
    if (typeof credentials !== 'object' || credentials === null || Array.isArray(credentials)) {
      const message = 'The provider settings must be a JSON object';
      throw new DomainError('invalid', 'credentials_invalid', message, [{ path: 'body', code: 'credentials_invalid', message }]);
    }
    const issues = schemaIssues({ schema: channel.credentialsSchema, value: credentials });
    if (issues.length) {
      throw new DomainError('invalid', 'credentials_invalid', `The ${type} provider settings are invalid`,
        issues.map((issue) => ({ path: issue.path, code: issue.keyword, message: `${issue.path || 'settings'} ${issue.message}` })));
    }
    await this.credentials.put(workspaceId, type, credentials);
  }

  /** Back to the sandbox. */
  async removeCredentials(workspaceId: string, type: string): Promise<void> {
    this.channel(type);
    if (!(await this.credentials.remove(workspaceId, type))) {
      const message = `No provider settings are stored for "${type}"`;
      throw new DomainError('not_found', 'credentials_not_found', message, [{ path: 'type', code: 'credentials_not_found', message }]);
    }
  }

  private channel(type: string): ChannelDefinition {
    const channel = this.channels.get(type);
    if (!channel) {
      const message = `${notFoundMessage('channel', `"${type}"`)} Available: ${this.channels.types().join(', ')}.`;
      throw new DomainError('not_found', 'channel_not_found', message, [{ path: 'type', code: 'channel_not_found', message }]);
    }
    return channel;
  }
}
