import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { runMain } from '@cascade/config';
import type { JourneyGraph } from '@cascade/journey';
import { createTestDatabase, freePort, seedPublishedJourney, seedWorkspace } from '@cascade/testing';
import { enroll } from '@cascade/engine';
import { createActivities, installTemporalLogging } from '@cascade/worker';
import { ensureTemporalCli } from '../../temporal/cli';
import { startTemporalDevServer } from '../../temporal/dev-server';
import { timed } from '../timed';

/**
 * Engine throughput on the local dev server, same worker settings for both sides:
 * (a) bare workflows of K no-op activities, (b) journeys of K sandbox sends; node transitions per
 * second and their ratio; then enrollments per second for 5,000 contacts.
 * `npm run bench:engine -- [K] [workflows] [contacts]`. Prints figures, asserts nothing.
 */
const [K, WORKFLOWS, CONTACTS] = [Number(process.argv[2] ?? 10), Number(process.argv[3] ?? 200), Number(process.argv[4] ?? 5_000)];

runMain(async () => {
  installTemporalLogging('warn');
  const database = await createTestDatabase({ name: `cascade_bench_engine_${process.pid}`, poolSize: 20 });
  const { dataSource } = database;
  const server = process.env.TEMPORAL_ADDRESS
    ? null
    : await startTemporalDevServer({ binary: await ensureTemporalCli(), port: await freePort() });
  const address = process.env.TEMPORAL_ADDRESS ?? server!.address;
  const client = new Client({ connection: await Connection.connect({ address }) });
  const connection = await NativeConnection.connect({ address });
  const taskQueue = `bench-${process.pid}`;
  const worker = await Worker.create({
    connection, taskQueue, workflowsPath: join(__dirname, 'bench.workflows.ts'),
    activities: { ...createActivities({ dataSource }), noop: async () => undefined },
  });
  const running = worker.run();
  try {
    console.log(`K=${K} steps, ${WORKFLOWS} concurrent workflows per side, ${CONTACTS} contacts for enrollment\n`);
    const bare = (await timed(() =>
      Promise.all(Array.from({ length: WORKFLOWS }, (_, i) =>
        client.workflow.execute('noopWorkflow', { taskQueue, workflowId: `noop-${process.pid}-${i}`, args: [K] }))),
    )).seconds;
    const bareRate = (WORKFLOWS * K) / bare;

    const graph = sendChain(K);
    const { journeyId } = await seedPublishedJourney(dataSource, graph, 'bench');
    const contacts: { id: string }[] = await dataSource.query(
      `INSERT INTO contacts (workspace_id, email) SELECT $2, 'bench' || n || '@example.com' FROM generate_series(1, $1) n RETURNING id`,
      [WORKFLOWS, await seedWorkspace(dataSource)]);
    const deps = { dataSource, client, taskQueue };
    const journeys = (await timed(async () => {
      const results = await Promise.all(contacts.map(({ id }) => enroll(deps, { journeyId, contactId: id, triggerKey: 'api:bench' })));
      await Promise.all(results.map((r) => client.workflow.getHandle(`enrollment-${r.enrollmentId}`).result()));
    })).seconds;
    const journeyRate = (WORKFLOWS * K) / journeys;

    console.log(`(a) bare Temporal, ${K} no-op activities:  ${bareRate.toFixed(0)} transitions/s (${bare.toFixed(2)} s)`);
    console.log(`(b) journeys of ${K} sandbox sends:        ${journeyRate.toFixed(0)} transitions/s (${journeys.toFixed(2)} s)`);
    console.log(`    ratio (b)/(a):                        ${(journeyRate / bareRate).toFixed(2)}`);

    const idle: JourneyGraph = {
      nodes: [{ id: 'start', type: 'trigger', config: { kind: 'api' } }, { id: 'later', type: 'wait', config: { duration: 'P1D' } }, { id: 'end', type: 'exit' }],
      edges: [{ from: 'start', to: 'later' }, { from: 'later', to: 'end' }],
    };
    const { journeyId: idleJourney } = await seedPublishedJourney(dataSource, idle, 'bench-enroll');
    const many: { id: string }[] = await dataSource.query(
      `INSERT INTO contacts (workspace_id, email) SELECT $2, 'many' || n || '@example.com' FROM generate_series(1, $1) n RETURNING id`,
      [CONTACTS, await seedWorkspace(dataSource)]);
    const enrolling = (await timed(() => inBatches(many, 200, ({ id }) => enroll(deps, { journeyId: idleJourney, contactId: id, triggerKey: 'api:bench' })))).seconds;
    console.log(`(c) enrollments (row + workflow start):   ${(CONTACTS / enrolling).toFixed(0)} /s (${CONTACTS} in ${enrolling.toFixed(2)} s)`);
  } finally {
    worker.shutdown();
    await running;
    await connection.close();
    await client.connection.close();
    await database.drop();
    await server?.stop();
  }
});

function sendChain(k: number): JourneyGraph {
  const sends = Array.from({ length: k }, (_, i) => ({ id: `s${i}`, type: 'send', config: { channel: 'email', content: { body: `step ${i}` } } }));
  const ids = ['start', ...sends.map((s) => s.id), 'end'];
  return {
    nodes: [{ id: 'start', type: 'trigger', config: { kind: 'api' } }, ...sends, { id: 'end', type: 'exit' }],
    edges: ids.slice(1).map((to, i) => ({ from: ids[i], to })),
  };
}

async function inBatches<T>(items: T[], size: number, each: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(each));
}
