import type { DataSource } from 'typeorm';

/** A broadcast leased for one page: nobody else takes it until the page is recorded or the lease runs out. */
export interface LeasedBroadcast {
  id: string;
  journeyId: string;
  workspaceId: string;
  ratePerSecond: number;
  /** The last contact handled; null before the first page. */
  cursor: string | null;
  pageStartedAt: Date;
}

/**
 * Leases the broadcast due soonest whose journey is active, for `leaseSeconds`; starts it (counting the
 * audience) on its first page. A paused journey's broadcast is not due: it waits for resume. One whose
 * journey was archived is cancelled instead (answer 'cancelled').
 */
export async function leaseDueBroadcast(dataSource: DataSource, leaseSeconds: number): Promise<LeasedBroadcast | 'cancelled' | undefined> {
  return dataSource.transaction(async (manager) => {
    const [due] = await manager.query(
      `SELECT b.id, j.status AS journey_status FROM broadcasts b JOIN journeys j ON j.id = b.journey_id
       WHERE b.status IN ('scheduled', 'running') AND coalesce(b.next_page_at, b.scheduled_at) <= now() AND b.scheduled_at <= now()
         AND j.status IN ('active', 'archived')
       ORDER BY coalesce(b.next_page_at, b.scheduled_at) LIMIT 1 FOR UPDATE OF b SKIP LOCKED`);
    if (!due) return undefined;
    if (due.journey_status === 'archived') {
      await manager.query(
        `UPDATE broadcasts SET status = 'cancelled', finished_at = now(), next_page_at = NULL, updated_at = now() WHERE id = $1`, [due.id]);
      return 'cancelled';
    }
    // TypeORM answers an UPDATE with [rows, affected count].
    const [[row]] = await manager.query(
      `UPDATE broadcasts SET status = 'running', started_at = coalesce(started_at, now()),
         total = CASE WHEN total IS NOT NULL THEN total
           WHEN segment_id IS NULL THEN (SELECT count(*)::int FROM contacts WHERE workspace_id = broadcasts.workspace_id)
           ELSE (SELECT count(*)::int FROM segment_memberships WHERE segment_id = broadcasts.segment_id AND exited_at IS NULL) END,
         next_page_at = now() + make_interval(secs => $2), updated_at = now()
       WHERE id = $1
       RETURNING id, journey_id, workspace_id, rate_per_second, cursor, now() AS page_started_at`,
      [due.id, leaseSeconds]);
    return {
      id: row.id, journeyId: row.journey_id, workspaceId: row.workspace_id, ratePerSecond: row.rate_per_second, cursor: row.cursor,
      pageStartedAt: row.page_started_at,
    };
  });
}

/**
 * The next page: contacts after the cursor, by id. Contacts created after the broadcast started are not
 * in its audience, so the count taken at the start stays the total. A broadcast to a segment goes to
 * the contacts in it when their page comes (one who left meanwhile is not sent to).
 */
export async function nextPageOfContacts(dataSource: DataSource, broadcast: LeasedBroadcast): Promise<string[]> {
  const rows: { id: string }[] = await dataSource.query(
    `SELECT c.id FROM contacts c JOIN broadcasts b ON b.id = $2
     WHERE c.workspace_id = $1 AND c.created_at <= b.started_at AND ($3::uuid IS NULL OR c.id > $3::uuid)
       AND (b.segment_id IS NULL OR EXISTS (
         SELECT 1 FROM segment_memberships m WHERE m.segment_id = b.segment_id AND m.contact_id = c.id AND m.exited_at IS NULL))
     ORDER BY c.id LIMIT $4`,
    [broadcast.workspaceId, broadcast.id, broadcast.cursor, broadcast.ratePerSecond]);
  return rows.map((row) => row.id);
}

export interface PageProgress {
  /** The last contact handled, or null when the page stopped before its first. */
  lastContactId: string | null;
  enrolled: number;
  skipped: number;
}

/**
 * Records a page and makes the next one due a second after this one started: that second is the rate
 * limit. Only if the cursor is still where the lease found it: a processor whose lease ran out
 * meanwhile records nothing (whoever took over recounts the page, enrolling nobody twice).
 */
export async function recordPage(dataSource: DataSource, broadcast: LeasedBroadcast, progress: PageProgress): Promise<void> {
  await dataSource.query(
    `UPDATE broadcasts SET cursor = coalesce($3::uuid, cursor), enrolled = enrolled + $4, skipped = skipped + $5,
       next_page_at = $6::timestamptz + interval '1 second', updated_at = now()
     WHERE id = $1 AND cursor IS NOT DISTINCT FROM $2::uuid`,
    [broadcast.id, broadcast.cursor, progress.lastContactId, progress.enrolled, progress.skipped, broadcast.pageStartedAt]);
}

/** No contact left after the cursor: done (unless cancelled or taken over meanwhile). */
export async function markDone(dataSource: DataSource, broadcast: LeasedBroadcast): Promise<void> {
  await dataSource.query(
    `UPDATE broadcasts SET status = 'done', finished_at = now(), next_page_at = NULL, updated_at = now()
     WHERE id = $1 AND status = 'running' AND cursor IS NOT DISTINCT FROM $2::uuid`,
    [broadcast.id, broadcast.cursor]);
}
