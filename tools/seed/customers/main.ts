import { parseArgs } from 'node:util';
import { loadConfig, redactUrl, runMain, StartupError } from '@cascade/config';
import { loadCustomerBase } from './load-customer-base';

const USAGE = 'Usage: npm run seed:customers -- --workspace <uuid> --contacts <n> --seed <n> [--now <ISO instant>]';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// `npm run seed:customers -- --workspace <uuid> --contacts 10000 --seed 42`: loads a demo customer base
// into DATABASE_URL; the same seed and --now give the same base.
runMain(async () => {
  const { workspace, contacts, seed, now } = parseOptions();
  const { database } = loadConfig();
  console.log(`Loading ${contacts.toLocaleString('en')} contacts (seed ${seed}, history up to ${now}) into ${redactUrl(database.url)}...`);
  const loaded = await loadCustomerBase({ databaseUrl: database.url, workspaceId: workspace, seed, contacts, now, log: console.log })
    .catch((error: { code?: string }) => {
      if (error.code === '23503') throw new StartupError(`No workspace ${workspace} in ${redactUrl(database.url)}.`);
      if (error.code === '23505') throw new StartupError(`Workspace ${workspace} already holds contacts with the generated external ids (cust-000001...).`);
      throw error;
    });
  const rows = loaded.contacts + loaded.events;
  console.log(`Loaded ${loaded.contacts.toLocaleString('en')} contacts and ${loaded.events.toLocaleString('en')} events `
    + `(${loaded.purchases.toLocaleString('en')} purchases) in ${loaded.seconds.toFixed(1)} s: ${Math.round(rows / loaded.seconds).toLocaleString('en')} rows/s.`);
});

function parseOptions(): { workspace: string; contacts: number; seed: number; now: string } {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      options: { workspace: { type: 'string' }, contacts: { type: 'string' }, seed: { type: 'string' }, now: { type: 'string' } },
    }));
  } catch (error) {
    throw new StartupError(`${(error as Error).message}\n${USAGE}`);
  }
  const contacts = Number(values.contacts);
  const seed = Number(values.seed);
  const now = values.now ?? new Date().toISOString();
  const valid = UUID.test(values.workspace ?? '') && Number.isInteger(contacts) && contacts > 0
    && values.seed !== undefined && Number.isInteger(seed) && !Number.isNaN(Date.parse(now));
  if (!valid) throw new StartupError(USAGE);
  return { workspace: values.workspace!, contacts, seed, now: new Date(now).toISOString() };
}
