import type { DataSource } from 'typeorm';
import type { CredentialsCipher } from '@cascade/channels';

/** A workspace's provider settings per channel, sealed at rest; the API writes them, the worker and webhooks read them. */
export class ChannelCredentialsStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: CredentialsCipher,
  ) {}

  async get(workspaceId: string, channel: string): Promise<Record<string, unknown> | null> {
    const [row] = await this.dataSource.query(`SELECT sealed FROM channel_credentials WHERE workspace_id = $1 AND channel = $2`, [workspaceId, channel]);
    return row ? this.cipher.decrypt(row.sealed, { workspaceId, channel }) : null;
  }

  async put(workspaceId: string, channel: string, credentials: Record<string, unknown>): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO channel_credentials (workspace_id, channel, sealed) VALUES ($1, $2, $3)
       ON CONFLICT (workspace_id, channel) DO UPDATE SET sealed = EXCLUDED.sealed, updated_at = now()`,
      [workspaceId, channel, this.cipher.encrypt(credentials, { workspaceId, channel })]);
  }

  /** True when there was something to remove. */
  async remove(workspaceId: string, channel: string): Promise<boolean> {
    const [, removed] = await this.dataSource.query(`DELETE FROM channel_credentials WHERE workspace_id = $1 AND channel = $2`, [workspaceId, channel]);
    return removed > 0;
  }

  /** The channels the workspace has provider settings for. */
  async configured(workspaceId: string): Promise<Set<string>> {
    const rows: { channel: string }[] = await this.dataSource.query(`SELECT channel FROM channel_credentials WHERE workspace_id = $1`, [workspaceId]);
    return new Set(rows.map((row) => row.channel));
  }
}
