import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { LOCAL_DATABASE_URL, runMain, StartupError } from '@cascade/config';
import { connect, dropDatabase, ensureDatabase, runMigrations } from '@cascade/db';
import { bundleWorkflows } from '@cascade/worker';
import { waitForHttp } from '../start/wait-for-http';
import { ensureTemporalCli } from '../temporal/cli';
import { parseChaosArgs, PART_NAMES, type ChaosOptions, type PartName } from './args';
import { ContactPool, settledEvents } from './contact-pool';
import { killAtRandom } from './kills';
import { createParts, type Part, type PartEvent } from './parts';
import { collectReport } from './report';
import { startSinks } from './sinks';
import { Traffic } from './traffic';
import { CHAOS_EVENT, createChaosWorkspace, prepareWorkspace } from './workspace';

// `npm run chaos`: the whole stack under steady traffic while parts are killed -9; then what was
// lost, duplicated or stuck. It asserts nothing (exit 0): the figures are for a person to read.
const log = (line: string) => process.stdout.write(`[chaos] ${line}\n`);
const cleanups: (() => Promise<void>)[] = [];
let cleaning: Promise<void> | undefined;
const cleanUp = () => (cleaning ??= (async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch((error: Error) => log(`Cleaning up: ${error.message}`));
})());

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping the run.`);
    void cleanUp().then(() => process.exit(130));
  });
}

// Whatever breaks in the harness itself, the parts it started are stopped and its database dropped.
process.on('uncaughtException', (error) => {
  log(`The harness failed: ${error.stack ?? error.message}`);
  void cleanUp().then(() => process.exit(1));
});

runMain(async () => {
  let options: ChaosOptions;
  try {
    options = parseChaosArgs(process.argv.slice(2));
  } catch (error) {
    throw new StartupError((error as Error).message);
  }
  try {
    await chaos(options);
  } finally {
    await cleanUp();
  }
});

async function chaos(options: ChaosOptions): Promise<void> {
  const runDir = mkdtempSync(join(tmpdir(), 'cascade-chaos-'));
  const database = new URL(process.env.DATABASE_URL ?? LOCAL_DATABASE_URL);
  database.pathname = `/cascade_chaos_${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}`;
  cleanups.push(async () => {
    if (options.keep) {
      log(`Kept the database ${database.pathname.slice(1)} and the run folder ${runDir}.`);
      return;
    }
    await dropDatabase(database.toString());
    rmSync(runDir, { recursive: true, force: true });
  });
  log(`Database ${database.pathname.slice(1)}, run folder ${runDir} (each part's log is there).`);
  await ensureDatabase(database.toString());
  await runMigrations(database.toString());
  const dataSource = await connect(database.toString(), { poolSize: 2 });
  cleanups.push(() => dataSource.destroy());
  const workspace = await createChaosWorkspace(dataSource);

  const [temporalBinary, workflowBundle, sinks] = await Promise.all([
    ensureTemporalCli(log), bundleWorkflows(join(runDir, 'workflow-bundle.js')), startSinks(),
  ]);
  cleanups.push(() => sinks.stop());
  const [temporalPort, apiPort] = [await freePort(), await freePort()];
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const events: PartEvent[] = [];
  const parts = createParts({
    runDir, temporalBinary, temporalPort, apiPort, events, log,
    env: {
      ...process.env, DATABASE_URL: database.toString(), TEMPORAL_ADDRESS: `127.0.0.1:${temporalPort}`, TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: 'chaos', WORKFLOW_BUNDLE: workflowBundle, HOST: '127.0.0.1', PORT: String(apiPort), PUBLIC_URL: apiUrl,
      CASCADE_DATA_DIR: runDir, LOG_LEVEL: 'warn', CASCADE_OUTBOUND_ALLOWLIST: '127.0.0.1',
      // Generated for this run and only handed to its processes: never printed, never stored.
      CASCADE_SECRET_KEY: randomBytes(32).toString('hex'),
    },
  });
  cleanups.push(async () => {
    for (const name of ['worker', 'api', 'temporal'] as const) await parts[name].stop();
  });
  await startStack(parts, apiUrl);
  const journeyId = await prepareWorkspace({ url: apiUrl, apiKey: workspace.apiKey }, sinks, options.contacts);
  log(`Journey published; ${options.contacts} contacts. Traffic for ${options.minutes} min at ${options.rate} events/s, ` +
    `killing ${options.parts.join('/')} every 10–40 s${Number.isFinite(options.kills) ? ` (${options.kills} kills at most)` : ''}.`);

  const pool = new ContactPool(options.contacts);
  const traffic = new Traffic({
    apiUrl, apiKey: workspace.apiKey, rate: options.rate, pool, settled: settledEvents(dataSource, workspace.workspaceId),
    eventName: CHAOS_EVENT, runId: randomBytes(4).toString('hex'), log,
  });
  const startedAt = Date.now();
  const endsAt = startedAt + options.minutes * 60_000;
  const stopKilling = new AbortController();
  const killing = killAtRandom({ parts, targets: options.parts, count: options.kills, log }, stopKilling.signal);
  const progress = setInterval(() => log(
    `${Math.round((Date.now() - startedAt) / 1000)}s: ${traffic.posted} events posted, ${traffic.acknowledged.size} acknowledged, ${traffic.pending} awaiting acknowledgement, ${pool.freeCount} contacts free`), 15_000);
  await traffic.run(() => Date.now() >= endsAt);
  clearInterval(progress);
  stopKilling.abort();
  await killing; // a part that is down is started again first
  const stoppedAt = Date.now();
  log(`Traffic stopped after ${traffic.posted} events; settling (at most ${options.settleMinutes} min)...`);

  const drained = await settle(dataSource, journeyId, traffic, options.settleMinutes * 60_000);
  const figures = await collectReport({ dataSource, workspaceId: workspace.workspaceId, journeyId, acknowledged: traffic.acknowledged, postedBusy: pool.postedBusy, acceptances: sinks.acceptances, events, startedAt });
  const lines: [string, string | number][] = [
    ['run', `${options.minutes} min at ${options.rate} events/s to ${options.contacts} contacts; kills of ${options.parts.join('/')}`],
    ['events posted', traffic.posted],
    ['event requests retried', traffic.retried],
    ['events refused by the API (4xx, not retried)', traffic.rejected.length],
    ['events posted to a contact still in a journey (no contact free)', pool.postedBusy.size],
    ...figures,
    ['time to drain', drained ? `${((drained - stoppedAt) / 1000).toFixed(1)}s` : `not drained within ${options.settleMinutes} min`],
  ];
  for (const [label, value] of lines) process.stdout.write(`${label}: ${value}\n`);
}

async function startStack(parts: Record<PartName, Part>, apiUrl: string): Promise<void> {
  log('Starting Temporal, the worker and the API...');
  await parts.temporal.start();
  const polling = parts.worker.waitForLine('Worker polling task queue', 120_000);
  await parts.worker.start();
  await parts.api.start();
  await waitForHttp(`${apiUrl}/health`, 120_000);
  await polling;
  log(`Running: ${PART_NAMES.join(', ')}.`);
}

/** Waits for acknowledgements of the events still retried, then for an empty outbox and no active enrollment. Returns when, or null. */
async function settle(dataSource: DataSource, journeyId: string, traffic: Traffic, timeoutMs: number): Promise<number | null> {
  const deadline = Date.now() + timeoutMs;
  await traffic.drain(timeoutMs);
  while (Date.now() < deadline) {
    const [{ outbox, active }] = await dataSource.query(
      `SELECT (SELECT count(*) FROM event_outbox)::int AS outbox,
              (SELECT count(*) FROM enrollments WHERE journey_id = $1 AND status = 'active')::int AS active`, [journeyId]);
    if (outbox === 0 && active === 0 && traffic.pending === 0) return Date.now();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
