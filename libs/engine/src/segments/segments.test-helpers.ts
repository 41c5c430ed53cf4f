import type { DataSource } from 'typeorm';

export const NOW = '2026-03-31T12:00:00.000Z';
export const daysAgo = (days: number, from = NOW) => new Date(Date.parse(from) - days * 86_400_000).toISOString();

export async function insertContact(db: DataSource, workspaceId: string, externalId: string, attributes: Record<string, unknown> = {}): Promise<string> {
  const [row] = await db.query(
    `INSERT INTO contacts (workspace_id, external_id, attributes) VALUES ($1, $2, $3) RETURNING id`,
    [workspaceId, externalId, JSON.stringify(attributes)]);
  return row.id;
}

export async function purchase(db: DataSource, workspaceId: string, contactId: string, at: string, amount: number, category = 'pillow') {
  await db.query(
    `INSERT INTO contact_events (workspace_id, contact_id, name, properties, occurred_at) VALUES ($1, $2, 'purchase', $3, $4)`,
    [workspaceId, contactId, JSON.stringify({ amount, category }), at]);
}

/** A segment row as the API stores one (kind apart, the definition's fields). */
export async function insertSegment(db: DataSource, workspaceId: string, name: string, definition: { kind: string } & Record<string, unknown>): Promise<string> {
  const { kind, ...rest } = definition;
  const [row] = await db.query(
    `INSERT INTO segments (workspace_id, name, kind, definition) VALUES ($1, $2, $3, $4) RETURNING id`,
    [workspaceId, name, kind, JSON.stringify(rest)]);
  return row.id;
}

/** External ids of the segment's current members, sorted. */
export async function members(db: DataSource, segmentId: string): Promise<string[]> {
  const rows: { external_id: string }[] = await db.query(
    `SELECT c.external_id FROM segment_memberships m JOIN contacts c ON c.id = m.contact_id
     WHERE m.segment_id = $1 AND m.exited_at IS NULL ORDER BY c.external_id`, [segmentId]);
  return rows.map((row) => row.external_id);
}

/** Segment events waiting in the outbox: "entered:<external id>" / "exited:<external id>". */
export async function segmentEvents(db: DataSource, segmentId: string): Promise<string[]> {
  const rows: { name: string; external_id: string }[] = await db.query(
    `SELECT e.name, c.external_id FROM contact_events e JOIN event_outbox o ON o.event_id = e.id JOIN contacts c ON c.id = e.contact_id
     WHERE e.properties->>'segmentId' = $1 ORDER BY e.name, c.external_id`, [segmentId]);
  return rows.map((row) => `${row.name.replace('segment_', '')}:${row.external_id}`);
}
