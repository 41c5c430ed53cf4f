import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect, createWorkspace } from '@cascade/db';
import { repoRoot } from '../paths';

const SEED_JOURNEYS = join(repoRoot, 'tools', 'seed', 'journeys');

/**
 * On an empty database, `npm start` creates a Demo workspace holding the demo journeys as drafts
 * and prints its API key: the only time it is shown.
 */
export async function ensureDemoWorkspace(url: string, log: (line: string) => void): Promise<void> {
  const dataSource = await connect(url, { poolSize: 1 });
  try {
    const created = await dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('cascade:demo-workspace'))`);
      const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM workspaces`);
      if (count > 0) return null;
      const workspace = await createWorkspace(manager, 'Demo');
      const files = readdirSync(SEED_JOURNEYS).filter((file) => file.endsWith('.json')).sort();
      for (const file of files) {
        const { name, nodes, edges, settings } = JSON.parse(readFileSync(join(SEED_JOURNEYS, file), 'utf8'));
        await manager.query(`INSERT INTO journeys (workspace_id, name, draft) VALUES ($1, $2, $3)`, [
          workspace.workspaceId, name, JSON.stringify({ nodes, edges, settings }),
        ]);
      }
      return { ...workspace, journeys: files.length };
    });
    if (created) {
      log(`Created the Demo workspace with ${created.journeys} demo journeys as drafts.`);
      log(`Its API key, shown once and stored hashed: ${created.apiKey}`);
    }
  } finally {
    await dataSource.destroy();
  }
}
