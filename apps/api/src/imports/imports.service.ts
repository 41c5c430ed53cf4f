import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, notFound } from '@cascade/errors';
import { missingColumns, parseCsv, type ImportKind } from '@cascade/engine';

export interface ImportView {
  id: string;
  kind: ImportKind;
  status: string;
  total: number;
  processed: number;
  failed: number;
  /** The first 100 refused rows, with their line in the file. */
  errors: { line: number; message: string }[];
  createdAt: string;
  finishedAt: string | null;
}

/** Stores a CSV file as an import job; the worker imports it in chunks (see ImportProcessor). */
@Injectable()
export class ImportsService {
  constructor(private readonly dataSource: DataSource) {}

  async create(workspaceId: string, kind: ImportKind, content: unknown): Promise<ImportView> {
    if (typeof content !== 'string' || content.trim() === '') {
      throw new DomainError('invalid', 'csv_required', 'Send the CSV file as the body, with Content-Type: text/csv',
        [{ path: 'body', code: 'csv_required', message: 'a CSV body is required' }]);
    }
    let parsed: ReturnType<typeof parseCsv>;
    try {
      parsed = parseCsv(content);
    } catch (error) {
      const reason = (error as Error).message;
      throw new DomainError('invalid', 'invalid_csv', `The file is not valid CSV: ${reason}`, [{ path: 'body', code: 'invalid_csv', message: reason }]);
    }
    const missing = missingColumns(kind, parsed.header);
    if (missing.length > 0) {
      throw new DomainError('invalid', 'missing_column', `The header lacks ${missing.join(', ')}`,
        missing.map((column) => ({ path: `header.${column}`, code: 'missing_column', message: `a ${kind} file needs a "${column}" column` })));
    }
    const [row] = await this.dataSource.query(
      `INSERT INTO imports (workspace_id, kind, content, total) VALUES ($1, $2, $3, $4) RETURNING id`,
      [workspaceId, kind, content, parsed.records.length]);
    await this.dataSource.query(`SELECT pg_notify('cascade_imports', '')`);
    return this.get(workspaceId, row.id);
  }

  async get(workspaceId: string, id: string): Promise<ImportView> {
    const [row] = await this.dataSource.query(
      `SELECT id, kind, status, total, processed, failed, errors, created_at, finished_at FROM imports WHERE id = $1 AND workspace_id = $2`,
      [id, workspaceId]);
    if (!row) throw notFound('import', id);
    return {
      id: row.id, kind: row.kind, status: row.status, total: row.total, processed: row.processed, failed: row.failed, errors: row.errors,
      createdAt: row.created_at.toISOString(), finishedAt: row.finished_at?.toISOString() ?? null,
    };
  }
}
