import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import type { INestApplication } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, type Worker } from '@temporalio/worker';
import request from 'supertest';
import { createApp } from '@cascade/api';
import { loadConfig } from '@cascade/config';
import { createWorkspace } from '@cascade/db';
import { EnrollmentStarter } from '@cascade/engine';
import type { JourneyGraph } from '@cascade/journey';
import { createTestDatabase, freePort, seedContact, seedPublishedJourney, TEST_SECRET_KEY, testTemporal, uniqueTaskQueue, waitFor, type TestDatabase } from '@cascade/testing';
import { createWorker, installTemporalLogging, postgresCapture, startSmtpSandbox } from '@cascade/worker';
import { ensureTemporalCli } from '../temporal/cli';
import { startTemporalDevServer, type DevServer } from '../temporal/dev-server';

// The API trigger while Temporal is down: the enrollment is accepted (202), kept, and runs once Temporal
// is back, exactly once, also when the client retries with its Idempotency-Key.
describe('API trigger during a Temporal outage', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let temporal: DevServer | undefined;
  let port: number;
  let dataDir: string;
  const taskQueue = uniqueTaskQueue('outage');

  const startTemporal = async () => {
    temporal = await startTemporalDevServer({ binary: await ensureTemporalCli(), port, dbFile: join(dataDir, 'temporal.sqlite') });
  };

  beforeAll(async () => {
    installTemporalLogging('warn');
    db = await createTestDatabase();
    port = await freePort();
    dataDir = mkdtempSync(join(tmpdir(), 'cascade-outage-'));
    await startTemporal();
    app = await createApp(loadConfig({
      DATABASE_URL: db.url, TEMPORAL_ADDRESS: `127.0.0.1:${port}`, TEMPORAL_TASK_QUEUE: taskQueue, LOG_LEVEL: 'error', CASCADE_SECRET_KEY: TEST_SECRET_KEY,
    }));
    await app.init();
  });
  afterAll(async () => {
    await app?.close();
    await temporal?.stop();
    await db?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers 202, keeps the enrollment, and runs it once when Temporal is back', async () => {
    const graph: JourneyGraph = {
      nodes: [
        { id: 'start', type: 'trigger', config: { kind: 'api' } },
        { id: 'mail', type: 'send', config: { channel: 'email', content: { subject: 'Welcome', body: 'Hi' } } },
        { id: 'end', type: 'exit' },
      ],
      edges: [{ from: 'start', to: 'mail' }, { from: 'mail', to: 'end' }],
    };
    const { workspaceId, apiKey } = await createWorkspace(db.dataSource, 'outage');
    const { journeyId } = await seedPublishedJourney(db.dataSource, graph, 'welcome', workspaceId);
    await seedContact(db.dataSource, { externalId: 'nina', email: 'nina@example.com' }, workspaceId);
    await temporal?.stop();
    temporal = undefined;

    const enrollByApi = () => request(app.getHttpServer()).post(`/api/v1/journeys/${journeyId}/enrollments`)
      .set({ Authorization: `Bearer ${apiKey}`, 'Idempotency-Key': 'signup-77' }).send({ externalId: 'nina' });
    const accepted = await enrollByApi().expect(202);
    expect(accepted.body).toMatchObject({ enrollmentId: expect.any(String), created: true, pending: true });
    const retried = await enrollByApi().expect(200); // the client's retry: the same enrollment, nothing new
    expect(retried.body.enrollmentId).toBe(accepted.body.enrollmentId);
    await request(app.getHttpServer()).post(`/api/v1/journeys/${journeyId}/enrollments`)
      .set({ Authorization: `Bearer ${apiKey}`, 'Idempotency-Key': 'a key with spaces' }).send({ externalId: 'nina' }).expect(400);

    await startTemporal();
    const connection = await NativeConnection.connect({ address: `127.0.0.1:${port}` });
    const client = new Client({ connection: await Connection.connect({ address: `127.0.0.1:${port}` }) });
    const smtpSandbox = await startSmtpSandbox({ capture: postgresCapture(db.dataSource) });
    const worker: Worker = await createWorker({
      connection, namespace: 'default', taskQueue, workflowBundlePath: testTemporal().workflowBundle, dataSource: db.dataSource,
      secrets: { secretKey: TEST_SECRET_KEY, publicUrl: 'http://127.0.0.1:3000' }, smtpSandbox,
    });
    const running = worker.run();
    const starter = new EnrollmentStarter({ dataSource: db.dataSource, client, taskQueue, databaseUrl: db.url, pollMs: 200, graceSeconds: 0 });
    await starter.start();
    try {
      const ended = await waitFor(async () => {
        const [row] = await db.dataSource.query(`SELECT status, workflow_pending FROM enrollments WHERE id = $1`, [accepted.body.enrollmentId]);
        return row.status === 'active' ? undefined : row;
      }, { timeoutMs: 30_000 });
      expect(ended).toEqual({ status: 'exited', workflow_pending: false });
      await request(app.getHttpServer()).post(`/api/v1/journeys/${journeyId}/enrollments`)
        .set({ Authorization: `Bearer ${apiKey}`, 'Idempotency-Key': 'signup-77' }).send({ externalId: 'nina' })
        .expect(200, { enrollmentId: accepted.body.enrollmentId, created: false, triggered: true });
      const count = async (sql: string) => (await db.dataSource.query(sql, [journeyId]))[0].n as number;
      expect(await count(`SELECT count(*)::int AS n FROM enrollments WHERE journey_id = $1`)).toBe(1);
      expect(await count(`SELECT count(*)::int AS n FROM sandbox_messages m JOIN enrollments e ON m.message_id LIKE e.id || ':%' WHERE e.journey_id = $1`)).toBe(1);
    } finally {
      await starter.stop();
      worker.shutdown();
      await running.catch(() => undefined);
      await smtpSandbox.stop();
      await connection.close();
      await client.connection.close();
    }
  }, 120_000);
});
