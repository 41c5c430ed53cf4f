/** A broadcast's progress as the API shows it. */
export interface BroadcastView {
  /** `scheduled` (waiting for `scheduledAt`, or for a paused journey to resume), `running`, `done`, `cancelled` (journey archived, or its trigger changed). */
  status: 'scheduled' | 'running' | 'done' | 'cancelled';
  scheduledAt: Date;
  ratePerSecond: number;
  /** Contacts of the workspace when it started; null until then. */
  total: number | null;
  /** enrolled + skipped. */
  processed: number;
  enrolled: number;
  /** Contacts the journey's re-entry rules kept out, or already in the journey. */
  skipped: number;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export interface BroadcastRow {
  status: BroadcastView['status'];
  scheduled_at: Date;
  rate_per_second: number;
  total: number | null;
  enrolled: number;
  skipped: number;
  started_at: Date | null;
  finished_at: Date | null;
}

export function broadcastView(row: BroadcastRow): BroadcastView {
  return {
    status: row.status, scheduledAt: row.scheduled_at, ratePerSecond: row.rate_per_second, total: row.total,
    processed: row.enrolled + row.skipped, enrolled: row.enrolled, skipped: row.skipped, startedAt: row.started_at, finishedAt: row.finished_at,
  };
}
