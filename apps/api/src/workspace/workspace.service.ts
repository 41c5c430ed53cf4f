import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { notFound } from '@cascade/errors';
import type { WorkspaceView } from './workspace.view';

@Injectable()
export class WorkspaceService {
  constructor(private readonly dataSource: DataSource) {}

  async get(workspaceId: string): Promise<WorkspaceView> {
    const [row]: Array<{ id: string; name: string; created_at: Date }> = await this.dataSource.query(
      `SELECT id, name, created_at FROM workspaces WHERE id = $1`, [workspaceId]);
    // The guard found the key's workspace a moment ago: only a concurrent deletion gets here.
    if (!row) throw notFound('workspace', workspaceId);
    return { id: row.id, name: row.name, createdAt: row.created_at.toISOString() };
  }
}
