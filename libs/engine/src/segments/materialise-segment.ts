import { compileSegment } from '@cascade/segments';
import type { DataSource, EntityManager } from 'typeorm';
import { SEGMENT_ENTERED_EVENT, SEGMENT_EXITED_EVENT } from './segment-events';
import type { SegmentRow } from './segment-rows';

export interface MembershipChanges {
  entered: number;
  exited: number;
}

/**
 * Brings a segment's current memberships in line with its definition at `now`, for every contact
 * of the workspace or for one: members not yet in get a stay opened (entered_at), stays of contacts
 * no longer matching are closed (exited_at). Each change is stored as a `segment_entered` /
 * `segment_exited` event with its outbox row, in the same statement, so journeys start on it
 * exactly once; `quiet` (a segment's first fill) records memberships without events, so creating a
 * segment does not enroll everyone already in it. A stay opened or closed after `now` came from a
 * fresher evaluation (an event during a long refresh): it is left alone, never flipped back.
 */
export async function materialiseSegment(db: DataSource | EntityManager, { segment, now, contactId, quiet = false }: {
  segment: SegmentRow;
  now: string;
  contactId?: string;
  quiet?: boolean;
}): Promise<MembershipChanges> {
  const predicate = compileSegment(segment.definition, { workspaceParam: 1, paramOffset: 6, now });
  const [row] = await db.query(
    `WITH members AS (
       SELECT c.id FROM contacts c WHERE ($4::uuid IS NULL OR c.id = $4) AND ${predicate.sql}),
     exited AS (
       UPDATE segment_memberships m SET exited_at = $3
       WHERE m.segment_id = $2 AND m.exited_at IS NULL AND ($4::uuid IS NULL OR m.contact_id = $4) AND m.entered_at <= $3
         AND NOT EXISTS (SELECT 1 FROM members WHERE members.id = m.contact_id)
       RETURNING m.contact_id),
     entered AS (
       INSERT INTO segment_memberships (segment_id, contact_id, entered_at)
       SELECT $2, members.id, $3 FROM members
       WHERE NOT EXISTS (SELECT 1 FROM segment_memberships m WHERE m.segment_id = $2 AND m.contact_id = members.id
                         AND (m.exited_at IS NULL OR m.exited_at > $3))
       ON CONFLICT (segment_id, contact_id) WHERE exited_at IS NULL DO NOTHING
       RETURNING contact_id),
     changes AS (
       SELECT contact_id, '${SEGMENT_ENTERED_EVENT}' AS name FROM entered
       UNION ALL SELECT contact_id, '${SEGMENT_EXITED_EVENT}' FROM exited),
     events AS (
       INSERT INTO contact_events (workspace_id, contact_id, name, properties, occurred_at)
       SELECT $1, contact_id, name, jsonb_build_object('segmentId', $2::text, 'segment', $6::text), $3 FROM changes WHERE NOT $5
       RETURNING id),
     outbox AS (INSERT INTO event_outbox (event_id) SELECT id FROM events RETURNING 1)
     SELECT (SELECT count(*) FROM entered)::int AS entered, (SELECT count(*) FROM exited)::int AS exited,
            (SELECT count(*) FROM outbox)::int AS events`,
    [segment.workspaceId, segment.id, now, contactId ?? null, quiet, segment.name, ...predicate.params],
  );
  if (row.events > 0) await db.query(`SELECT pg_notify('cascade_outbox', '')`);
  return { entered: row.entered, exited: row.exited };
}
