import type { DataSource, EntityManager } from 'typeorm';
import { ingestEvents } from '../events/ingest-events';
import { WorkLoop } from '../work-loop';
import { parseCsv, toContactRow, toPurchaseEvent, type ContactRow, type ImportKind } from './csv-rows';

const MAX_ERRORS = 100;

/**
 * Works through CSV imports chunk by chunk. Each chunk's rows and the import's progress commit in
 * one transaction, so a worker killed mid-import resumes where it was, with no row imported twice.
 */
export class ImportProcessor {
  private readonly loop: WorkLoop;
  private readonly parsed = new Map<string, Record<string, string>[]>();

  constructor(private readonly options: { dataSource: DataSource; databaseUrl: string; chunkSize?: number; pollMs?: number }) {
    this.loop = new WorkLoop({
      databaseUrl: options.databaseUrl, channel: 'cascade_imports', pollMs: options.pollMs, log: (line) => console.error(line),
      pass: () => this.processChunk(),
    });
  }

  start(): Promise<void> {
    return this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Imports the next chunk of the oldest unfinished import; false when there is none. */
  async processChunk(): Promise<boolean> {
    return this.options.dataSource.transaction(async (manager) => {
      const [job] = await manager.query(
        `SELECT id, workspace_id, kind, content, processed FROM imports WHERE status IN ('queued', 'running')
         ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED`);
      if (!job) return false;
      const records = this.parsed.get(job.id) ?? parseCsv(job.content).records;
      this.parsed.set(job.id, records);
      const chunk = records.slice(job.processed, job.processed + (this.options.chunkSize ?? 500));
      const errors = await importRows(manager, job.workspace_id, job.kind, chunk, job.processed + 2);
      const done = job.processed + chunk.length >= records.length;
      await manager.query(
        `UPDATE imports SET processed = processed + $2, failed = failed + $3,
           errors = (SELECT coalesce(jsonb_agg(e), '[]') FROM (SELECT e FROM jsonb_array_elements(errors || $4::jsonb) e LIMIT ${MAX_ERRORS}) kept),
           status = $5, finished_at = CASE WHEN $5 = 'done' THEN now() END
         WHERE id = $1`,
        [job.id, chunk.length, errors.length, JSON.stringify(errors), done ? 'done' : 'running']);
      if (done) this.parsed.delete(job.id);
      return true;
    });
  }
}

/** Imports rows (the first on `firstLine` of the file); returns the rows refused, with their line. */
async function importRows(manager: EntityManager, workspaceId: string, kind: ImportKind, records: Record<string, string>[], firstLine: number) {
  const errors: { line: number; message: string }[] = [];
  if (kind === 'purchases') {
    const events = records.map(toPurchaseEvent).flatMap((mapped, i) => ('error' in mapped ? (errors.push({ line: firstLine + i, message: mapped.error }), []) : [mapped.row]));
    if (events.length) await ingestEvents(manager, workspaceId, events);
    return errors;
  }
  for (const [i, record] of records.entries()) {
    const mapped = toContactRow(record);
    if ('error' in mapped) errors.push({ line: firstLine + i, message: mapped.error });
    else await upsertContact(manager, workspaceId, mapped.row);
  }
  return errors;
}

/** Fields in the file replace stored ones; attributes merge; tags are added. */
async function upsertContact(manager: EntityManager, workspaceId: string, row: ContactRow): Promise<void> {
  await manager.query(
    `INSERT INTO contacts (workspace_id, external_id, email, phone, telegram_chat_id, timezone, tags, attributes)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (workspace_id, external_id) DO UPDATE SET
       email = coalesce(EXCLUDED.email, contacts.email), phone = coalesce(EXCLUDED.phone, contacts.phone),
       telegram_chat_id = coalesce(EXCLUDED.telegram_chat_id, contacts.telegram_chat_id), timezone = coalesce(EXCLUDED.timezone, contacts.timezone),
       tags = ARRAY(SELECT DISTINCT unnest(contacts.tags || EXCLUDED.tags)), attributes = contacts.attributes || EXCLUDED.attributes, updated_at = now()`,
    [workspaceId, row.externalId, row.email, row.phone, row.telegramChatId, row.timezone, row.tags, JSON.stringify(row.attributes)]);
}
