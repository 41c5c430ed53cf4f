import type { EnrollDependencies } from '../enrollment/enroll';
import { WorkLoop } from '../work-loop';
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

/** How long a dispatcher owns the rows it leased; after that another may take them. */
const LEASE_SECONDS = 60;

type Leased = StoredEvent & { outboxId: string; attempts: number };

/**
 * Routes the event outbox. Rows are leased in a short transaction (SKIP LOCKED, so any number of
 * workers dispatch side by side), routed with no transaction open, then deleted, or rescheduled
 * with backoff when routing fails (Temporal down, say): acknowledged events are never dropped.
 */
export class OutboxDispatcher {
  private readonly loop: WorkLoop;

  constructor(private readonly options: DispatcherOptions) {
    const batchSize = options.batchSize ?? 100;
    this.loop = new WorkLoop({
      databaseUrl: options.databaseUrl, channel: 'cascade_outbox', pollMs: options.pollMs, log: (line) => this.log(line),
      pass: async () => (await this.dispatchBatch()) === batchSize,
    });
  }

  start(): Promise<void> {
    return this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Leases a batch, routes it contact by contact, deletes what was routed. Returns the batch size. */
  async dispatchBatch(): Promise<number> {
    const { dataSource } = this.options;
    const rows: Leased[] = await dataSource.query(
      `WITH leased AS (
         UPDATE event_outbox SET available_at = now() + make_interval(secs => $2)
         WHERE id IN (SELECT id FROM event_outbox WHERE available_at <= now() ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
         RETURNING id, event_id, attempts)
       SELECT l.id AS "outboxId", l.attempts, e.id, e.workspace_id AS "workspaceId", e.contact_id AS "contactId", e.name, e.properties,
              to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "occurredAt"
       FROM leased l JOIN contact_events e ON e.id = l.event_id ORDER BY l.id`,
      [this.options.batchSize ?? 100, LEASE_SECONDS],
    );
    const routed: string[] = [];
    const failed: { rows: Leased[]; error: string }[] = [];
    await forEachContact(rows, this.options.concurrency ?? 16, async (row, rest) => {
      try {
        await routeEvent(this.options, row);
        routed.push(row.outboxId);
      } catch (error) {
        // The contact's later events wait with it, so they keep their order.
        failed.push({ rows: [row, ...rest], error: (error as Error).message.slice(0, 500) });
        return 'stop';
      }
    });
    if (routed.length) await dataSource.query(`DELETE FROM event_outbox WHERE id = ANY($1::bigint[])`, [routed]);
    for (const { rows: held, error } of failed) {
      await dataSource.query(
        `UPDATE event_outbox SET attempts = attempts + 1, available_at = now() + make_interval(secs => $2), last_error = $3 WHERE id = ANY($1::bigint[])`,
        [held.map((row) => row.outboxId), Math.min(2 ** held[0].attempts, 300), error],
      );
    }
    return rows.length;
  }

  private log(line: string): void {
    (this.options.log ?? console.error)(line);
  }
}

/**
 * Runs `route` over the rows, contacts in parallel (at most `concurrency` at once), each contact's
 * rows in order; once `route` answers 'stop', the contact's remaining rows are left alone.
 */
async function forEachContact<T extends { contactId: string }>(
  rows: T[],
  concurrency: number,
  route: (row: T, rest: T[]) => Promise<void | 'stop'>,
): Promise<void> {
  const byContact = new Map<string, T[]>();
  for (const row of rows) byContact.set(row.contactId, [...(byContact.get(row.contactId) ?? []), row]);
  const queues = [...byContact.values()];
  const workers = Array.from({ length: Math.min(concurrency, queues.length) }, async () => {
    for (let queue = queues.shift(); queue; queue = queues.shift()) {
      for (const [i, row] of queue.entries()) if ((await route(row, queue.slice(i + 1))) === 'stop') break;
    }
  });
  await Promise.all(workers);
}
