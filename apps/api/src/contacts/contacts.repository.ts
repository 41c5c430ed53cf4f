import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import { DomainError } from '@cascade/errors';
import { cursorTimeSql, type PageCursor } from '../common/page-cursor';
import type { ContactRow } from './contact.view';
import { assignments, insertInto, Params, valuesOf, type ContactWrite } from './contact-write.sql';

export type { ContactWrite };

export interface ContactSearch {
  /** A LIKE pattern, already escaped. */
  pattern?: string;
  after?: PageCursor;
  limit: number;
}

/** Another contact of the workspace already has this external id. */
export class ExternalIdTakenError extends DomainError<'external_id_taken'> {
  override name = 'ExternalIdTakenError';

  constructor(message: string) {
    super('conflict', 'external_id_taken', message, [{ path: 'externalId', code: 'external_id_taken', message }]);
  }
}

const SELECTED = `id, external_id AS "externalId", email, phone, telegram_chat_id AS "telegramChatId", timezone,
  attributes, subscriptions, tags, created_at AS "createdAt", updated_at AS "updatedAt"`;

@Injectable()
export class ContactsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findOne(workspaceId: string, id: string): Promise<ContactRow | null> {
    const [row] = await this.dataSource.query(`SELECT ${SELECTED} FROM contacts WHERE id = $1 AND workspace_id = $2`, [id, workspaceId]);
    return row ?? null;
  }

  async create(workspaceId: string, write: ContactWrite): Promise<ContactRow> {
    const params = new Params(workspaceId);
    const [row] = await this.dataSource.query(`${insertInto(valuesOf(write, params))} RETURNING ${SELECTED}`, params.list);
    return row;
  }

  /** One statement, so concurrent upserts of the same external id meet in the unique index, not in two rows. */
  async upsert(workspaceId: string, write: ContactWrite & { externalId: string }): Promise<{ row: ContactRow; created: boolean }> {
    const params = new Params(workspaceId);
    const values = valuesOf(write, params);
    const merged = new Map([...values].filter(([column]) => column !== 'external_id'));
    const [{ inserted, ...row }] = await this.dataSource.query(
      `${insertInto(values)} ON CONFLICT (workspace_id, external_id)
       DO UPDATE SET ${assignments(write, merged, params, (column) => `EXCLUDED.${column}`)}
       RETURNING ${SELECTED}, (xmax = 0) AS inserted`,
      params.list,
    );
    return { row, created: inserted };
  }

  async update(workspaceId: string, id: string, write: ContactWrite): Promise<ContactRow | null> {
    const params = new Params(id, workspaceId);
    const values = valuesOf(write, params);
    try {
      const [rows] = await this.dataSource.query(
        `UPDATE contacts SET ${assignments(write, values, params, (column) => values.get(column) as string)}
         WHERE id = $1 AND workspace_id = $2 RETURNING ${SELECTED}`,
        params.list,
      );
      return rows[0] ?? null;
    } catch (error) {
      if (isUniqueViolation(error)) throw new ExternalIdTakenError(`external id ${write.externalId} is taken by another contact`);
      throw error;
    }
  }

  /** A page in (created_at, id) order, each row with its cursor. */
  async search(workspaceId: string, search: ContactSearch): Promise<Array<{ row: ContactRow; cursor: PageCursor }>> {
    const params = new Params(workspaceId);
    const where = ['workspace_id = $1'];
    if (search.pattern) {
      const pattern = params.add(search.pattern);
      where.push(`(email ILIKE ${pattern} ESCAPE '\\' OR external_id ILIKE ${pattern} ESCAPE '\\' OR phone ILIKE ${pattern} ESCAPE '\\')`);
    }
    if (search.after) where.push(`(created_at, id) > (${params.add(search.after.time)}::timestamptz, ${params.add(search.after.id)}::uuid)`);
    const rows: Array<ContactRow & { cursorTime: string }> = await this.dataSource.query(
      `SELECT ${SELECTED}, ${cursorTimeSql('created_at')} AS "cursorTime"
       FROM contacts WHERE ${where.join(' AND ')} ORDER BY created_at, id LIMIT ${params.add(search.limit)}`,
      params.list,
    );
    return rows.map(({ cursorTime, ...row }) => ({ row, cursor: { time: cursorTime, id: row.id } }));
  }

  /**
   * Deletes the contact; its events, messages and enrollments go with it (ON DELETE CASCADE).
   * The row stays locked while `beforeDelete` runs on its active enrollments' workflow ids, so no
   * enrollment can be added meanwhile; if `beforeDelete` throws, nothing is deleted.
   */
  async erase(workspaceId: string, id: string, beforeDelete: (workflowIds: string[]) => Promise<void>): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await manager.query(`SELECT id FROM contacts WHERE id = $1 AND workspace_id = $2 FOR UPDATE`, [id, workspaceId]);
      if (locked.length === 0) return false;
      const active: Array<{ workflowId: string }> = await manager.query(
        `SELECT workflow_id AS "workflowId" FROM enrollments WHERE contact_id = $1 AND status = 'active'`, [id],
      );
      await beforeDelete(active.map((enrollment) => enrollment.workflowId));
      // What the local sandboxes captured carries the contact's address, with no foreign key to cascade.
      await manager.query(`DELETE FROM sandbox_messages WHERE message_id IN (SELECT id FROM messages WHERE contact_id = $1)`, [id]);
      await manager.query(`DELETE FROM contacts WHERE id = $1`, [id]);
      return true;
    });
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}
