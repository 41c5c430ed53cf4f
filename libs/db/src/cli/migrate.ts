import { loadConfig, redactUrl, runMain } from '@cascade/config';
import { ensureDatabase } from '../database-admin';
import { runMigrations } from '../data-source';

// `npm run migrate`: applies pending migrations to DATABASE_URL (production and docker-compose).
runMain(async () => {
  const { database } = loadConfig();
  if (await ensureDatabase(database.url)) console.log(`Created database ${redactUrl(database.url)}`);
  const applied = await runMigrations(database.url);
  console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database is up to date.');
});
