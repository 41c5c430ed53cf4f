import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect, createWorkspace } from '@cascade/db';
import { refreshWorkspaceSegments } from '@cascade/engine';
import { repoRoot } from '../paths';
import { loadCustomerBase } from '../seed/customers/load-customer-base';
import { DEMO_SEGMENTS, insertDemoSegments, withSegmentIds } from '../seed/segments/demo-segments';
import { DEMO_TEMPLATES, withTemplateIds } from '../seed/templates/demo-templates';

const SEED_JOURNEYS = join(repoRoot, 'tools', 'seed', 'journeys');
/** Enough customers for segments, RFM and the demo journeys to show something; loads in well under a second. */
const DEMO_CUSTOMERS = { seed: 1, contacts: 500 };

/**
 * On an empty database, `npm start` creates a Demo workspace holding the demo journeys as drafts,
 * with the templates they use, and prints its API key: the only time it is shown. Once that has
 * committed, it loads a small demo customer base (history up to now) into the workspace and fills
 * the demo segments (RFM, lifecycle, a rule) from it.
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
      const segmentIds = await insertDemoSegments(manager, workspace.workspaceId);
      const files = readdirSync(SEED_JOURNEYS).filter((file) => file.endsWith('.json')).sort();
      for (const file of files) {
        const { name, nodes, edges, settings } = JSON.parse(readFileSync(join(SEED_JOURNEYS, file), 'utf8'));
        const graph = withSegmentIds(withTemplateIds({ nodes, edges, settings }, templateIds), segmentIds);
        await manager.query(`INSERT INTO journeys (workspace_id, name, draft) VALUES ($1, $2, $3)`, [workspace.workspaceId, name, JSON.stringify(graph)]);
      }
      return { ...workspace, journeys: files.length };
    });
    if (created) {
      log(`Created the Demo workspace with ${created.journeys} demo journeys as drafts, their templates and ${Object.keys(DEMO_SEGMENTS).length} segments.`);
      log(`Its API key, shown once and stored hashed: ${created.apiKey}`);
      const loaded = await loadCustomerBase({ databaseUrl: url, workspaceId: created.workspaceId, ...DEMO_CUSTOMERS, now: new Date().toISOString() });
      log(`Loaded ${loaded.contacts} demo contacts with ${loaded.purchases} purchases and ${loaded.events - loaded.purchases} email events into the Demo workspace.`);
      await refreshWorkspaceSegments(dataSource, { workspaceId: created.workspaceId });
    }
  } finally {
    await dataSource.destroy();
  }
}
