import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import { createTestDatabase, testTemporal, uniqueTaskQueue, type TestDatabase } from '@cascade/testing';
import type { createActivities } from './activities';
import { createWorker } from './create-worker';
import { installTemporalLogging } from './temporal-logging';

/** A worker of this app polling its own task queue on the test Temporal server, over its own database. */
export interface TestWorker {
  db: TestDatabase;
  client: Client;
  taskQueue: string;
  /** Stops the worker, closes both connections and drops the database. */
  stop(): Promise<void>;
}

export interface TestWorkerOptions {
  /** The worker's activities instead of the ones built from the database (a spec wraps them to inject faults). */
  activities?: (dataSource: DataSource) => ReturnType<typeof createActivities>;
  /** The worker's activities may enroll contacts (date triggers) through the test client and queue. */
  enrollment?: boolean;
}

/**
 * A fresh database, a client and a running worker on a task queue named after `queuePrefix`: the
 * beforeAll of every spec that runs workflows. What was set up is undone again if a later step fails.
 */
export async function startTestWorker(queuePrefix: string, options: TestWorkerOptions = {}): Promise<TestWorker> {
  installTemporalLogging('warn');
  const undo: (() => Promise<unknown>)[] = [];
  const stop = async () => {
    for (const step of undo.splice(0).reverse()) await step();
  };
  try {
    const db = await createTestDatabase();
    undo.push(() => db.drop());
    const temporal = testTemporal();
    const taskQueue = uniqueTaskQueue(queuePrefix);
    const client = new Client({ connection: await Connection.connect({ address: temporal.address }), namespace: temporal.namespace });
    undo.push(() => client.connection.close());
    const connection = await NativeConnection.connect({ address: temporal.address });
    undo.push(() => connection.close());
    const worker = await createWorker({
      connection, namespace: temporal.namespace, taskQueue, workflowBundlePath: temporal.workflowBundle, dataSource: db.dataSource,
      ...(options.activities ? { activities: options.activities(db.dataSource) } : {}),
      ...(options.enrollment ? { enrollment: { client, taskQueue } } : {}),
    });
    const running = worker.run();
    undo.push(async () => {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running.catch(() => undefined);
    });
    return { db, client, taskQueue, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
