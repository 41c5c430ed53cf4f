import type { INestApplication } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, type Worker } from '@temporalio/worker';
import { createApp } from '@cascade/api';
import type { ChannelDefinition } from '@cascade/channels';
import { loadConfig } from '@cascade/config';
import { createWorkspace } from '@cascade/db';
import { OutboxDispatcher } from '@cascade/engine';
import { createTestDatabase, TEST_SECRET_KEY, testTemporal, uniqueTaskQueue, type TestDatabase } from '@cascade/testing';
import { createWorker, installTemporalLogging, postgresCapture, startSmtpSandbox } from '@cascade/worker';

/** The product as `npm start` runs it, in one test process: API, worker (with its SMTP email sandbox), dispatcher, on a database and task queue of its own. */
export interface TestStack {
  db: TestDatabase;
  app: INestApplication;
  client: Client;
  taskQueue: string;
  workspaceId: string;
  auth: { Authorization: string };
  startDispatcher(): Promise<void>;
  stopDispatcher(): Promise<void>;
  stop(): Promise<void>;
}

/** `plugins`: channels added to the built-in sandboxes, in the API (webhooks) and the worker (sends); `webDist`: a built web app the API serves. */
export async function startTestStack(name: string, options: { plugins?: ChannelDefinition[]; webDist?: string } = {}): Promise<TestStack> {
  installTemporalLogging('warn');
  const db = await createTestDatabase();
  const temporal = testTemporal();
  const taskQueue = uniqueTaskQueue(name);
  // The fake providers (Twilio, Telegram, Viber...) listen on loopback, which outbound calls may reach only when allowlisted.
  const config = loadConfig({
    DATABASE_URL: db.url, TEMPORAL_ADDRESS: temporal.address, TEMPORAL_TASK_QUEUE: taskQueue, LOG_LEVEL: 'warn', CASCADE_SECRET_KEY: TEST_SECRET_KEY,
    CASCADE_OUTBOUND_ALLOWLIST: '127.0.0.1',
  });
  const app = await createApp(config, { plugins: options.plugins, webDist: options.webDist });
  await app.init();
  const { workspaceId, apiKey } = await createWorkspace(db.dataSource, name);
  const connection = await NativeConnection.connect({ address: temporal.address });
  const client = new Client({ connection: await Connection.connect({ address: temporal.address }) });
  const smtpSandbox = await startSmtpSandbox({ capture: postgresCapture(db.dataSource) });
  const worker: Worker = await createWorker({
    connection, namespace: temporal.namespace, taskQueue, workflowBundlePath: temporal.workflowBundle, dataSource: db.dataSource, plugins: options.plugins,
    secrets: { secretKey: TEST_SECRET_KEY, publicUrl: 'http://127.0.0.1:3000' }, smtpSandbox, outbound: config.outbound,
  });
  const running = worker.run();
  let dispatcher: OutboxDispatcher | undefined;
  const stopDispatcher = async () => {
    await dispatcher?.stop();
    dispatcher = undefined;
  };
  return {
    db, app, client, taskQueue, workspaceId, auth: { Authorization: `Bearer ${apiKey}` },
    async startDispatcher() {
      await stopDispatcher(); // one at a time: a second would outlive stop()
      dispatcher = new OutboxDispatcher({ dataSource: db.dataSource, client, taskQueue, databaseUrl: db.url, pollMs: 200 });
      await dispatcher.start();
    },
    stopDispatcher,
    async stop() {
      await stopDispatcher();
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running.catch(() => undefined);
      await smtpSandbox.stop();
      await connection.close();
      await client.connection.close();
      await app.close();
      await db.drop();
    },
  };
}
