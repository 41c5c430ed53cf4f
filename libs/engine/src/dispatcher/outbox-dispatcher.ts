import { Client as PgClient } from 'pg';
import type { EnrollDependencies } from '../enrollment/enroll';
import { routeEvent, type StoredEvent } from './route-event';

export interface DispatcherOptions extends EnrollDependencies {
  /** For LISTEN: a notification wakes the dispatcher as soon as events are stored. */
  databaseUrl: string;
  batchSize?: number;
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
      for (const row of rows) {
        try {
          await routeEvent(this.options, row);
          await manager.query(`DELETE FROM event_outbox WHERE id = $1`, [row.outboxId]);
        } catch (error) {
          const delaySeconds = Math.min(2 ** row.attempts, 300);
          await manager.query(
            `UPDATE event_outbox SET attempts = attempts + 1, available_at = now() + make_interval(secs => $2), last_error = $3 WHERE id = $1`,
            [row.outboxId, delaySeconds, (error as Error).message.slice(0, 500)],
          );
        }
      }
      return rows.length;
    });
  }
}
