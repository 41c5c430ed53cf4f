import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { TemplateError } from './template.errors';
import type { TemplateRow } from './template.view';

export interface TemplateFields {
  name: string;
  channel: string;
  subject: string | null;
  body: string;
  html: string | null;
}

const SELECTED = `id, name, channel, subject, body, html, created_at AS "createdAt", updated_at AS "updatedAt"`;
const COLUMNS: readonly (keyof TemplateFields)[] = ['name', 'channel', 'subject', 'body', 'html'];

/** The `templates` table, always within one workspace. */
@Injectable()
export class TemplatesRepository {
  constructor(private readonly dataSource: DataSource) {}

  list(workspaceId: string): Promise<TemplateRow[]> {
    return this.dataSource.query(`SELECT ${SELECTED} FROM templates WHERE workspace_id = $1 ORDER BY name, id`, [workspaceId]);
  }

  /** `lock` takes the row FOR UPDATE (inside a transaction). */
  async findOne(workspaceId: string, id: string, { manager = this.dataSource.manager, lock = false } = {}): Promise<TemplateRow | null> {
    const [row] = await manager.query(
      `SELECT ${SELECTED} FROM templates WHERE id = $1 AND workspace_id = $2${lock ? ' FOR UPDATE' : ''}`, [id, workspaceId]);
    return row ?? null;
  }

  async insert(workspaceId: string, fields: TemplateFields): Promise<TemplateRow> {
    return uniqueName(fields.name, async () => {
      const [row] = await this.dataSource.query(
        `INSERT INTO templates (workspace_id, ${COLUMNS.join(', ')}) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${SELECTED}`,
        [workspaceId, ...COLUMNS.map((column) => fields[column])],
      );
      return row;
    });
  }

  async update(manager: EntityManager, workspaceId: string, id: string, fields: TemplateFields): Promise<TemplateRow> {
    return uniqueName(fields.name, async () => {
      const [rows] = await manager.query(
        `UPDATE templates SET ${COLUMNS.map((column, index) => `${column} = $${index + 3}`).join(', ')}, updated_at = now()
         WHERE id = $1 AND workspace_id = $2 RETURNING ${SELECTED}`,
        [id, workspaceId, ...COLUMNS.map((column) => fields[column])],
      );
      return rows[0];
    });
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`DELETE FROM templates WHERE id = $1`, [id]);
  }
}

async function uniqueName<T>(name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') throw TemplateError.nameTaken(name);
    throw error;
  }
}
