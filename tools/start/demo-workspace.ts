import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect, createWorkspace } from '@cascade/db';
import { repoRoot } from '../paths';
import { DEMO_TEMPLATES, withTemplateIds } from '../seed/templates/demo-templates';

const SEED_JOURNEYS = join(repoRoot, 'tools', 'seed', 'journeys');

/**
 * On an empty database, `npm start` creates a Demo workspace holding the demo journeys as drafts,
 * with the templates they use, and prints its API key: the only time it is shown.
 */
export async function ensureDemoWorkspace(url: string, log: (line: string) => void): Promise<void> {
  const dataSource = await connect(url, { poolSize: 1 });
  try {
    const created = await dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('cascade:demo-workspace'))`);
      const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM workspaces`);
      if (count > 0) return null;
      const workspace = await createWorkspace(manager, 'Demo');
      const templateIds: Record<string, string> = {};
      for (const [key, template] of Object.entries(DEMO_TEMPLATES)) {
        const [row] = await manager.query(
          `INSERT INTO templates (workspace_id, name, channel, subject, body) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [workspace.workspaceId, template.name, template.channel, template.subject ?? null, template.body]);
        templateIds[key] = row.id;
      }
      const files = readdirSync(SEED_JOURNEYS).filter((file) => file.endsWith('.json')).sort();
      for (const file of files) {
        const { name, nodes, edges, settings } = JSON.parse(readFileSync(join(SEED_JOURNEYS, file), 'utf8'));
        await manager.query(`INSERT INTO journeys (workspace_id, name, draft) VALUES ($1, $2, $3)`, [
          workspace.workspaceId, name, JSON.stringify(withTemplateIds({ nodes, edges, settings }, templateIds)),
        ]);
      }
      return { ...workspace, journeys: files.length };
    });
    if (created) {
      log(`Created the Demo workspace with ${created.journeys} demo journeys as drafts and their templates.`);
      log(`Its API key, shown once and stored hashed: ${created.apiKey}`);
    }
  } finally {
    await dataSource.destroy();
  }
}
