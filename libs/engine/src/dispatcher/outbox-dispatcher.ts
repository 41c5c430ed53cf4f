import { Client as PgClient } from 'pg';
import type { EnrollDependencies } from '../enrollment/enroll';
import { routeEvent, type StoredEvent } from './route-event';

export interface DispatcherOptions extends EnrollDependencies {
  /** For LISTEN: a notification wakes the dispatcher as soon as events are stored. */
  databaseUrl: string;
  batchSize?: number;
  /** Contacts routed at once; one contact's events always go in order. */
  concurrency?: number;
  /** Sweep interval, for rows a notification did not announce (e.g. stored while no worker ran). */
  pollMs?: number;
  log?: (line: string) => void;
}

/**
 * Routes the event outbox. Rows are claimed with SKIP LOCKED, so any number of workers dispatch
 * side by side; a row is deleted once routed, or retried later with backoff when routing fails
 * (Temporal down, say) — acknowledged events are never dropped.
 */
export class OutboxDispatcher {
  private listener: PgClient | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private again = false;
  private stopped = false;

  constructor(private readonly options: DispatcherOptions) {}

  async start(): Promise<void> {
    this.listener = new PgClient({ connectionString: this.options.databaseUrl });
    await this.listener.connect();
    this.listener.on('notification', () => this.wake());
    this.listener.on('error', (error) => this.options.log?.(`outbox listener: ${error.message}`));
    await this.listener.query('LISTEN cascade_outbox');
    this.timer = setInterval(() => this.wake(), this.options.pollMs ?? 1_000);
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
    await this.listener?.end().catch(() => undefined);
  }

  /** Runs dispatch passes one at a time; a wake-up during a pass schedules one more. */
  private wake(): void {
    if (this.stopped) return;
    this.again = true;
    this.running = this.running.then(async () => {
      while (this.again && !this.stopped) {
        this.again = false;
        if ((await this.dispatchBatch()) === (this.options.batchSize ?? 100)) this.again = true;
      }
    });
  }

  /** One transaction: claim a batch, route each event, delete or reschedule its row. Returns the batch size. */
  async dispatchBatch(): Promise<number> {
    const { dataSource } = this.options;
    return dataSource.transaction(async (manager) => {
      const rows: (StoredEvent & { outboxId: string; attempts: number })[] = await manager.query(
        `SELECT o.id AS "outboxId", o.attempts, e.id, e.workspace_id AS "workspaceId", e.contact_id AS "contactId", e.name,
                e.properties, to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "occurredAt"
         FROM event_outbox o JOIN contact_events e ON e.id = o.event_id
         WHERE o.available_at <= now() ORDER BY o.id LIMIT $1 FOR UPDATE OF o SKIP LOCKED`,
        [this.options.batchSize ?? 100],
      );
      const routed: string[] = [];
      const failed: { outboxId: string; attempts: number; error: string }[] = [];
      await forEachContact(rows, this.options.concurrency ?? 16, async (row) => {
        try {
          await routeEvent(this.options, row);
          routed.push(row.outboxId);
        } catch (error) {
          failed.push({ outboxId: row.outboxId, attempts: row.attempts, error: (error as Error).message.slice(0, 500) });
          return 'stop'; // the contact's later events wait, so they keep their order
        }
      });
      if (routed.length) await manager.query(`DELETE FROM event_outbox WHERE id = ANY($1::bigint[])`, [routed]);
      for (const { outboxId, attempts, error } of failed) {
        await manager.query(
          `UPDATE event_outbox SET attempts = attempts + 1, available_at = now() + make_interval(secs => $2), last_error = $3 WHERE id = $1`,
          [outboxId, Math.min(2 ** attempts, 300), error],
        );
      }
      return rows.length;
    });
  }
}

/**
 * Runs `route` over the rows, contacts in parallel (at most `concurrency` at once), each contact's
 * rows in order; a contact's remaining rows are skipped once `route` answers 'stop'.
 */
async function forEachContact<T extends { contactId: string }>(rows: T[], concurrency: number, route: (row: T) => Promise<void | 'stop'>): Promise<void> {
  const byContact = new Map<string, T[]>();
  for (const row of rows) byContact.set(row.contactId, [...(byContact.get(row.contactId) ?? []), row]);
  const queues = [...byContact.values()];
  const workers = Array.from({ length: Math.min(concurrency, queues.length) }, async () => {
    for (let queue = queues.shift(); queue; queue = queues.shift()) {
      for (const row of queue) if ((await route(row)) === 'stop') break;
    }
  });
  await Promise.all(workers);
}
