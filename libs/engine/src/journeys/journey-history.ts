import type { EntityManager } from 'typeorm';

/** What happened to a journey: published, paused, resumed, archived, or a split's winner rule decided (a winner, or none). */
export type JourneyHistoryKind = 'published' | 'paused' | 'resumed' | 'archived' | 'split_winner' | 'split_no_winner';

export interface JourneyHistoryEntry {
  kind: JourneyHistoryKind;
  version: number | null;
  /** Why, with the figures that justified it (a winner) or the publisher's note. */
  details: Record<string, unknown>;
  at: string;
}

/** Written in the transaction that makes the change, so the history never tells of a change that did not happen. */
export async function recordJourneyHistory(
  manager: Pick<EntityManager, 'query'>,
  entry: { journeyId: string; kind: JourneyHistoryKind; version?: number | null; details?: Record<string, unknown> },
): Promise<void> {
  await manager.query(
    `INSERT INTO journey_history (journey_id, kind, version, details) VALUES ($1, $2, $3, $4)`,
    [entry.journeyId, entry.kind, entry.version ?? null, JSON.stringify(entry.details ?? {})],
  );
}

/** Oldest first. */
export async function loadJourneyHistory(manager: Pick<EntityManager, 'query'>, journeyId: string): Promise<JourneyHistoryEntry[]> {
  const rows: { kind: JourneyHistoryKind; version: number | null; details: Record<string, unknown>; at: Date }[] = await manager.query(
    `SELECT kind, version, details, at FROM journey_history WHERE journey_id = $1 ORDER BY at, id`, [journeyId]);
  return rows.map((row) => ({ ...row, at: row.at.toISOString() }));
}
