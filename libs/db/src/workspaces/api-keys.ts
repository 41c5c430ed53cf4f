import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';

/** `csk_<prefix>_<secret>`: the prefix finds the key, the secret is checked against its SHA-256 hash. */
const KEY_FORMAT = /^csk_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{32,})$/;

export interface CreatedWorkspace {
  workspaceId: string;
  /** Shown once: only its hash is stored. */
  apiKey: string;
}

export async function createWorkspace(db: DataSource | EntityManager, name: string): Promise<CreatedWorkspace> {
  const [workspace] = await db.query(`INSERT INTO workspaces (name) VALUES ($1) RETURNING id`, [name]);
  return { workspaceId: workspace.id, apiKey: await createApiKey(db, workspace.id) };
}

export async function createApiKey(db: DataSource | EntityManager, workspaceId: string): Promise<string> {
  const prefix = randomBytes(9).toString('base64url').replace(/[-_]/g, 'x').slice(0, 12);
  const secret = randomBytes(32).toString('base64url');
  await db.query(`INSERT INTO api_keys (workspace_id, prefix, secret_hash) VALUES ($1, $2, $3)`, [workspaceId, prefix, hash(secret)]);
  return `csk_${prefix}_${secret}`;
}

/** The workspace of a valid, unrevoked key; null for anything else (never says which part was wrong). */
export async function workspaceOfApiKey(db: DataSource | EntityManager, apiKey: string): Promise<string | null> {
  const match = KEY_FORMAT.exec(apiKey);
  if (!match) return null;
  const [, prefix, secret] = match;
  const [row] = await db.query(`SELECT workspace_id, secret_hash FROM api_keys WHERE prefix = $1 AND revoked_at IS NULL`, [prefix]);
  if (!row) return null;
  const expected = Buffer.from(row.secret_hash, 'hex');
  const actual = Buffer.from(hash(secret), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? row.workspace_id : null;
}

function hash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
