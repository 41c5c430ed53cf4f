import { loadConfig, redactUrl, runMain } from '@cascade/config';
import { connect, createWorkspace, ensureDatabase, runMigrations } from '@cascade/db';

const USAGE = 'Usage: npm run cli -- workspace create <name>';

// `npm run cli -- workspace create <name>`: creates a workspace and prints its API key, once.
runMain(async () => {
  const [resource, action, ...words] = process.argv.slice(2);
  const name = words.join(' ').trim();
  if (resource !== 'workspace' || action !== 'create' || !name) {
    console.error(USAGE);
    process.exit(2);
  }
  const { database } = loadConfig();
  await ensureDatabase(database.url);
  await runMigrations(database.url);
  const dataSource = await connect(database.url, { poolSize: 1 });
  try {
    const { workspaceId, apiKey } = await createWorkspace(dataSource, name);
    console.log(`Workspace "${name}" (${workspaceId}) created in ${redactUrl(database.url)}.`);
    console.log(`API key (shown once, stored hashed): ${apiKey}`);
  } finally {
    await dataSource.destroy();
  }
});
