import { join } from 'node:path';
import { loadConfig, localSecretKey, redactUrl, runMain, StartupError, type CascadeConfig } from '@cascade/config';
import { runMigrations } from '@cascade/db';
import { bundleWorkflows } from '@cascade/worker';
import { repoRoot } from '../paths';
import { superviseNode } from '../process/supervise';
import { resolvePostgres } from '../postgres/resolve-postgres';
import { ensureTemporalCli } from '../temporal/cli';
import { startTemporalDevServer, waitUntilHealthy } from '../temporal/dev-server';
import { buildWebIfStale } from './build-web';
import { ensureDemoWorkspace } from './demo-workspace';
import { Parts } from './parts';
import { waitForHttp } from './wait-for-http';

const log = (line: string) => process.stdout.write(`[cascade] ${line}\n`);
const parts = new Parts(log);

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (parts.stopping) {
      log(`${signal} again: leaving now.`);
      process.exit(1);
    }
    log(`${signal}: stopping...`);
    void parts.stopAll().then(() => process.exit(0));
  });
}

runMain(async () => {
  try {
    await start(loadConfig());
  } catch (error) {
    if (parts.stopping) return; // a signal arrived mid-start; that is not a failure
    await parts.stopAll();
    throw error;
  }
});

async function start(config: CascadeConfig): Promise<void> {
  const postgres = await resolvePostgres(config, log);
  parts.add('postgres', postgres.stop);
  log(`Postgres: ${redactUrl(postgres.url)} (${postgres.source})`);
  const applied = await runMigrations(postgres.url).catch((error: Error) => {
    throw new StartupError(`Migrations failed on ${redactUrl(postgres.url)}: ${error.message}`);
  });
  if (applied.length) log(`Applied migrations: ${applied.join(', ')}`);
  await ensureDemoWorkspace(postgres.url, log);

  // Bundled once here, so the worker starts in milliseconds (as in production, WORKFLOW_BUNDLE).
  const workflowBundle = bundleWorkflows(join(config.dataDir, 'workflow-bundle.js'));
  workflowBundle.catch(() => undefined); // awaited below; no unhandled rejection meanwhile
  const temporalAddress = await startTemporal(config);
  await buildWebIfStale(repoRoot, log);

  const env = {
    ...process.env, DATABASE_URL: postgres.url, TEMPORAL_ADDRESS: temporalAddress, WORKFLOW_BUNDLE: await workflowBundle,
    // One key for the API and the worker (links they sign, settings they seal), kept in the data directory.
    CASCADE_SECRET_KEY: config.secretKey ?? localSecretKey(config.dataDir),
  };
  for (const [name, entry] of [['worker', 'apps/worker/src/main.ts'], ['api', 'apps/api/src/main.ts']] as const) {
    const child = superviseNode(name, entry, { cwd: repoRoot, env });
    parts.add(name, child.stop, child);
  }

  const url = `http://${config.http.host}:${config.http.port}`;
  await waitForHttp(`${url}/health`, 120_000);
  log(`Cascade is ready at ${url} (Ctrl-C stops everything)`);
}

async function startTemporal(config: CascadeConfig): Promise<string> {
  if (config.temporal.configured) {
    await waitUntilHealthy(config.temporal.address, 10_000).catch(() => {
      throw new StartupError(`Temporal at TEMPORAL_ADDRESS (${config.temporal.address}) does not answer.`);
    });
    log(`Temporal: ${config.temporal.address} (configured)`);
    return config.temporal.address;
  }
  const binary = await ensureTemporalCli(log);
  const dbFile = join(config.dataDir, 'temporal.sqlite');
  const server = await startTemporalDevServer({
    binary,
    port: config.temporal.devServerPort,
    dbFile,
    namespace: config.temporal.namespace,
    onSpawn: (server) => parts.add('temporal', server.stop, server),
  });
  log(`Temporal: ${server.address} (dev server, state in ${dbFile})`);
  return server.address;
}
