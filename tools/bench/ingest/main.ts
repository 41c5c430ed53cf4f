import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client as PgClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { createApp } from '@cascade/api';
import { loadConfig, runMain } from '@cascade/config';
import { createWorkspace } from '@cascade/db';
import { OutboxDispatcher } from '@cascade/engine';
import type { JourneyGraph } from '@cascade/journey';
import { createTestDatabase, freePort, seedPublishedJourney, TEST_SECRET_KEY } from '@cascade/testing';
import { createWorker, installTemporalLogging } from '@cascade/worker';
import { ensureTemporalCli } from '../../temporal/cli';
import { startTemporalDevServer } from '../../temporal/dev-server';
import { timed } from '../timed';

/**
 * Ingestion: (1) events/s through POST /api/v1/events in batches of 1,000, with a live
 * event-triggered journey, against a raw COPY of the same rows into the same table; (2) latency from
 * POST /events to the message in the sandbox at a steady rate. Prints figures, asserts nothing.
 * `npm run bench:ingest -- [batches] [rate/s] [seconds]`
 */
const [BATCHES, RATE, SECONDS] = [Number(process.argv[2] ?? 20), Number(process.argv[3] ?? 100), Number(process.argv[4] ?? 20)];

runMain(async () => {
  installTemporalLogging('error');
  const database = await createTestDatabase({ name: `cascade_bench_ingest_${process.pid}`, poolSize: 20 });
  const { url, dataSource } = database;
  const server = await startTemporalDevServer({ binary: await ensureTemporalCli(), port: await freePort() });
  const taskQueue = `ingest-${process.pid}`;
  const port = await freePort();
  const app = await createApp(loadConfig({ DATABASE_URL: url, TEMPORAL_ADDRESS: server.address, TEMPORAL_TASK_QUEUE: taskQueue, LOG_LEVEL: 'error', CASCADE_SECRET_KEY: TEST_SECRET_KEY }));
  await app.listen(port, '127.0.0.1');
  const client = new Client({ connection: await Connection.connect({ address: server.address }) });
  const connection = await NativeConnection.connect({ address: server.address });
  const worker = await createWorker({
    connection, namespace: 'default', taskQueue, dataSource, secrets: { secretKey: TEST_SECRET_KEY, publicUrl: 'http://127.0.0.1:3000' },
  });
  const running = worker.run();
  const dispatcher = new OutboxDispatcher({ dataSource, client, taskQueue, databaseUrl: url });
  await dispatcher.start();
  try {
    const { workspaceId, apiKey } = await createWorkspace(dataSource, 'bench');
    const headers = { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' };
    await seedPublishedJourney(dataSource, journey('ping'), 'latency', workspaceId);
    await seedPublishedJourney(dataSource, journey('purchase'), 'live', workspaceId);
    // Contacts exist, as in a real base; a tenth of the batch events trigger the live journey.
    await dataSource.query(`INSERT INTO contacts (workspace_id, external_id, email) SELECT $1, 'u' || n, 'u' || n || '@example.com' FROM generate_series(0, 9999) n`, [workspaceId]);

    const batch = (b: number) => Array.from({ length: 1_000 }, (_, i) => ({
      externalId: `u${(b * 1_000 + i) % 10_000}`, name: i % 10 === 0 ? 'purchase' : 'page_view', properties: { path: `/p/${i}`, amount: i }, messageId: `b${b}-${i}`,
    }));
    const api = (await timed(async () => {
      for (let b = 0; b < BATCHES; b++) {
        const response = await fetch(`http://127.0.0.1:${port}/api/v1/events`, { method: 'POST', headers, body: JSON.stringify({ events: batch(b) }) });
        if (response.status !== 202) throw new Error(`batch ${b}: ${response.status} ${await response.text()}`);
      }
    })).seconds;
    const copy = (await timed(() => copyRows(url, workspaceId, BATCHES * 1_000))).seconds;
    const events = BATCHES * 1_000;
    console.log(`(1) POST /api/v1/events, ${BATCHES} × 1,000:  ${(events / api).toFixed(0)} events/s (${api.toFixed(2)} s)`);
    console.log(`    COPY of the same rows:              ${(events / copy).toFixed(0)} events/s (${copy.toFixed(2)} s)`);
    console.log(`    ratio API / COPY:                   ${(copy / api).toFixed(2)}`);

    // Phase 2 starts on a quiet system: every event of phase 1 routed, every journey it started ended.
    await waitUntil(async () => (await dataSource.query(
      `SELECT (SELECT count(*) FROM event_outbox) + (SELECT count(*) FROM enrollments WHERE status = 'active') AS n`))[0].n === '0', 600_000);
    const sent = new Map<string, number>();
    const total = RATE * SECONDS;
    const started = Date.now();
    for (let i = 0; i < total; i++) {
      const due = started + (i * 1_000) / RATE;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now())));
      const externalId = `u${i % 10_000}`;
      sent.set(externalId, Date.now());
      void fetch(`http://127.0.0.1:${port}/api/v1/events`, { method: 'POST', headers, body: JSON.stringify({ externalId, name: 'ping', messageId: `l${i}` }) });
    }
    await waitUntil(async () => (await dataSource.query(
      `SELECT count(*)::int AS n FROM sandbox_messages s JOIN messages m ON m.id = s.message_id WHERE m.node_id = 'ping_mail'`))[0].n >= total, 300_000);
    const rows: { external_id: string; captured_at: Date }[] = await dataSource.query(
      `SELECT c.external_id, s.captured_at FROM sandbox_messages s JOIN messages m ON m.id = s.message_id JOIN contacts c ON c.id = m.contact_id WHERE m.node_id = 'ping_mail'`);
    const latencies = rows.map((row) => row.captured_at.getTime() - sent.get(row.external_id)!).sort((a, b) => a - b);
    const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
    console.log(`(2) POST /events → sandbox at ${RATE}/s for ${SECONDS} s: p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${latencies.at(-1)} ms`);
  } finally {
    await dispatcher.stop();
    worker.shutdown();
    await running;
    await connection.close();
    await client.connection.close();
    await app.close();
    await database.drop();
    await server.stop();
  }
});

function journey(event: string): JourneyGraph {
  return {
    nodes: [
      { id: 'start', type: 'trigger', config: { kind: 'event', event } },
      { id: `${event}_mail`, type: 'send', config: { channel: 'email', content: { subject: 'Hi', body: 'Hello' } } },
      { id: 'end', type: 'exit' },
    ],
    edges: [{ from: 'start', to: `${event}_mail` }, { from: `${event}_mail`, to: 'end' }],
    settings: { reentry: { mode: 'always' } },
  };
}

/** The same rows as the endpoint writes, straight into contact_events with COPY. */
async function copyRows(url: string, workspaceId: string, count: number): Promise<void> {
  const pg = new PgClient({ connectionString: url });
  await pg.connect();
  try {
    const [{ id: contactId }] = (await pg.query(`SELECT id FROM contacts WHERE workspace_id = $1 LIMIT 1`, [workspaceId])).rows;
    const now = new Date().toISOString();
    const lines = function* () {
      for (let i = 0; i < count; i++) yield `${workspaceId}\t${contactId}\tpage_view\t{"path": "/p/${i}", "amount": ${i}}\t${now}\tcopy-${i}\n`;
    };
    await pipeline(Readable.from(lines()), pg.query(copyFrom(`COPY contact_events (workspace_id, contact_id, name, properties, occurred_at, message_id) FROM STDIN`)));
  } finally {
    await pg.end();
  }
}

async function waitUntil(done: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
