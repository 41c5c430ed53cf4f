import { join } from 'node:path';
import { loadConfig, redactUrl, runMain, StartupError } from '@cascade/config';
import { runMigrations } from '@cascade/db';
import { bundleWorkflows } from '@cascade/worker/src/bundle-workflows';
import { repoRoot } from '../paths';
import { superviseNode } from '../process/supervise';
import { resolvePostgres } from '../postgres/resolve-postgres';
import { ensureTemporalCli } from '../temporal/cli';
import { startTemporalDevServer, waitUntilHealthy } from '../temporal/dev-server';
import { buildWebIfStale } from './build-web';
import { waitForHttp } from './wait-for-http';

const log = (line: string) => process.stdout.write(`[cascade] ${line}\n`);

/** What `npm start` started, stopped in reverse order on Ctrl-C / SIGTERM or when a part fails. */
const running: { name: string; stop: () => Promise<void> }[] = [];
let stopping: Promise<void> | undefined;

function stopAll(exitCode: number): Promise<void> {
  stopping ??= (async () => {
    for (const part of running.reverse()) {
      await part.stop().catch((error: Error) => log(`Stopping ${part.name} failed: ${error.message}`));
    }
    process.exit(exitCode);
  })();
  return stopping;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping...`);
    void stopAll(0);
  });
}

runMain(async () => {
  try {
    await start();
  } catch (error) {
    for (const part of running.reverse()) await part.stop().catch(() => undefined);
    throw error;
  }
});

async function start(): Promise<void> {
  const config = loadConfig();

  const postgres = await resolvePostgres(config, log);
  running.push({ name: 'postgres', stop: postgres.stop });
  log(`Postgres: ${redactUrl(postgres.url)} (${postgres.source})`);
  const applied = await runMigrations(postgres.url);
  if (applied.length) log(`Applied migrations: ${applied.join(', ')}`);

  // Bundled once here, so the worker starts in milliseconds (as in production, WORKFLOW_BUNDLE).
  const workflowBundle = bundleWorkflows(join(config.dataDir, 'workflow-bundle.js'));
  let temporalAddress = config.temporal.address;
  if (config.temporal.configured) {
    await waitUntilHealthy(temporalAddress, 10_000).catch(() => {
      throw new StartupError(`Temporal at TEMPORAL_ADDRESS (${temporalAddress}) does not answer.`);
    });
    log(`Temporal: ${temporalAddress} (configured)`);
  } else {
    const binary = await ensureTemporalCli(log);
    const server = await startTemporalDevServer({
      binary,
      port: config.temporal.devServerPort,
      dbFile: join(config.dataDir, 'temporal.sqlite'),
      namespace: config.temporal.namespace,
    });
    running.push({ name: 'temporal', stop: server.stop });
    temporalAddress = server.address;
    log(`Temporal: ${temporalAddress} (dev server, state in ${join(config.dataDir, 'temporal.sqlite')})`);
  }

  await buildWebIfStale(repoRoot, log);

  const env = { ...process.env, DATABASE_URL: postgres.url, TEMPORAL_ADDRESS: temporalAddress, WORKFLOW_BUNDLE: await workflowBundle };
  for (const [name, entry] of [['worker', 'apps/worker/src/main.ts'], ['api', 'apps/api/src/main.ts']] as const) {
    const child = superviseNode(name, entry, { cwd: repoRoot, env });
    running.push(child);
    void child.exited.then((code) => {
      if (stopping) return;
      log(`${name} exited unexpectedly (code ${code}): stopping everything.`);
      void stopAll(1);
    });
  }

  const url = `http://${config.http.host}:${config.http.port}`;
  await waitForHttp(`${url}/health`, 120_000);
  log(`Cascade is ready at ${url} (Ctrl-C stops everything)`);
}
