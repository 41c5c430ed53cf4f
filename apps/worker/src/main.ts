import { Client } from '@temporalio/client';
import type { Worker } from '@temporalio/worker';
import { loadChannelPlugins } from '@cascade/channels';
import { leaveWithParent, loadConfig, redactUrl, requireSecretKey, runMain, StartupError } from '@cascade/config';
import { connect } from '@cascade/db';
import { connectTemporal } from './connect-temporal';
import { createWorker } from './create-worker';
import { ensureDateTriggerSchedule } from './date-trigger-schedule';
import { ensureSegmentRefreshSchedule } from './segment-refresh-schedule';
import { ensureSplitWinnersSchedule } from './split-winners-schedule';
import { BroadcastProcessor, EnrollmentStarter, ImportProcessor, OutboxDispatcher } from '@cascade/engine';
import { installTemporalLogging } from './temporal-logging';
import { postgresCapture } from './channels/postgres-capture';
import { startSmtpSandbox } from './channels/smtp-sandbox';

runMain(async () => {
  let worker: Worker | undefined;
  leaveWithParent(() => {
    if (!worker) process.exit(0);
    else if (worker.getState() === 'RUNNING') worker.shutdown();
  });
  const config = loadConfig();
  installTemporalLogging(config.logLevel);
  const dataSource = await connect(config.database.url).catch((error: Error) => {
    throw new StartupError(`Cannot connect to Postgres at ${redactUrl(config.database.url)}: ${error.message}`);
  });
  // Unreachable Temporal is waited for (with backoff and a line per attempt), not fatal.
  const temporal = await connectTemporal(config.temporal.address, { log: (line) => console.error(line) });
  const connection = temporal.native;
  const client = new Client({ connection: temporal.client, namespace: config.temporal.namespace });
  const smtpSandbox = await startSmtpSandbox({ capture: postgresCapture(dataSource), log: (line) => console.error(line) });
  worker = await createWorker({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: config.temporal.taskQueue,
    workflowBundlePath: config.temporal.workflowBundle,
    dataSource,
    enrollment: { client, taskQueue: config.temporal.taskQueue },
    secrets: { secretKey: requireSecretKey(config), publicUrl: config.http.publicUrl },
    plugins: loadChannelPlugins(config.channelPlugins),
    smtpSandbox,
    outbound: config.outbound,
  });
  await ensureDateTriggerSchedule(client, config.temporal.taskQueue);
  await ensureSegmentRefreshSchedule(client, config.temporal.taskQueue);
  await ensureSplitWinnersSchedule(client, config.temporal.taskQueue);
  const dispatcher = new OutboxDispatcher({
    dataSource, client, taskQueue: config.temporal.taskQueue, databaseUrl: config.database.url, log: (line) => console.error(line),
  });
  await dispatcher.start();
  const starter = new EnrollmentStarter({
    dataSource, client, taskQueue: config.temporal.taskQueue, databaseUrl: config.database.url, log: (line) => console.error(line),
  });
  await starter.start();
  const imports = new ImportProcessor({ dataSource, databaseUrl: config.database.url });
  await imports.start();
  const broadcasts = new BroadcastProcessor({
    dataSource, client, taskQueue: config.temporal.taskQueue, databaseUrl: config.database.url, log: (line) => console.error(line),
  });
  await broadcasts.start();
  console.log(`Worker polling task queue "${config.temporal.taskQueue}" on ${config.temporal.address}; routing the event outbox, imports and broadcasts, starting pending enrollments`);
  console.log(`Email sandbox: SMTP on ${smtpSandbox.host}:${smtpSandbox.port} (workspaces without an SMTP provider)`);
  try {
    await worker.run(); // returns after SIGINT/SIGTERM once in-flight tasks are done
  } finally {
    await broadcasts.stop();
    await imports.stop();
    await starter.stop();
    await dispatcher.stop();
    await smtpSandbox.stop(); // after the worker: no send is in flight any more
    await client.connection.close();
    await connection.close();
    await dataSource.destroy();
  }
});
