import type { EntityManager } from 'typeorm';

/** A winner rule's decision: the variant new contacts go to, or null when it found none. */
export interface SplitWinner {
  variantId: string | null;
  decidedAt: string;
  /** The sentence with the figures that justified it, as in the journey's history. */
  reason: string;
}

type Db = Pick<EntityManager, 'query'>;

/** The winner rules' decisions in a journey, by split node id. */
export async function loadSplitWinners(db: Db, journeyId: string): Promise<Map<string, SplitWinner>> {
  const rows: { nodeId: string; variantId: string | null; decidedAt: Date; reason: string | null }[] = await db.query(
    `SELECT w.node_id AS "nodeId", w.variant_id AS "variantId", w.decided_at AS "decidedAt", h.details->>'reason' AS reason
     FROM split_winners w
     LEFT JOIN LATERAL (SELECT details FROM journey_history
       WHERE journey_id = w.journey_id AND kind IN ('split_winner', 'split_no_winner') AND details->>'nodeId' = w.node_id ORDER BY at DESC LIMIT 1) h ON true
     WHERE w.journey_id = $1`,
    [journeyId]);
  return new Map(rows.map((row) => [row.nodeId, { variantId: row.variantId, decidedAt: row.decidedAt.toISOString(), reason: row.reason ?? '' }]));
}

/** What a split with a winner rule asks before assigning a contact: the chosen variant, or null to randomise. */
export async function loadSplitWinner(db: Db, journeyId: string, nodeId: string): Promise<string | null> {
  const [row]: { variantId: string | null }[] = await db.query(
    `SELECT variant_id AS "variantId" FROM split_winners WHERE journey_id = $1 AND node_id = $2`, [journeyId, nodeId]);
  return row?.variantId ?? null;
}
