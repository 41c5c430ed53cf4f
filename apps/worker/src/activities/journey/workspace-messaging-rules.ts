import type { EntityManager } from 'typeorm';
import type { MessagingRules } from '@cascade/journey';

/** The data source, or a transaction's manager. */
export type Queryable = Pick<EntityManager, 'query'>;

const TTL_MS = 5_000;
const cache = new Map<string, { rules: MessagingRules | null; loadedAt: number }>();

/**
 * The workspace's caps and quiet hours (null when it has none). Read at most every 5 s per
 * workspace: a broadcast sends many messages a second, and a rule change may take that long to apply.
 */
export async function workspaceMessagingRules(db: Queryable, workspaceId: string): Promise<MessagingRules | null> {
  const cached = cache.get(workspaceId);
  if (cached && Date.now() - cached.loadedAt < TTL_MS) return cached.rules;
  const [row] = await db.query(`SELECT rules FROM messaging_rules WHERE workspace_id = $1`, [workspaceId]);
  const rules = (row?.rules as MessagingRules | undefined) ?? null;
  cache.set(workspaceId, { rules, loadedAt: Date.now() });
  return rules;
}
