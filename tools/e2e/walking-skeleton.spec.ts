import type { INestApplication } from '@nestjs/common';
import { NativeConnection, type Worker } from '@temporalio/worker';
import request from 'supertest';
import { createApp } from '@cascade/api';
import { loadConfig } from '@cascade/config';
import { createWorkspace, Ping } from '@cascade/db';
import { createTestDatabase, testTemporal, uniqueTaskQueue, waitFor, type TestDatabase } from '@cascade/testing';
import { createWorker, installTemporalLogging } from '@cascade/worker';

// The chain every later feature stands on: HTTP → Postgres (migration-made table) →
// Temporal (real dev server) → worker activity → Postgres.
describe('walking skeleton: API → Postgres → Temporal → worker', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let worker: Worker;
  let workerRun: Promise<void>;
  let connection: NativeConnection;
  let auth: { Authorization: string };

  beforeAll(async () => {
    installTemporalLogging('warn');
    db = await createTestDatabase();
    auth = { Authorization: `Bearer ${(await createWorkspace(db.dataSource, 'skeleton')).apiKey}` };
    const temporal = testTemporal();
    const taskQueue = uniqueTaskQueue('skeleton');
    const config = loadConfig({ DATABASE_URL: db.url, TEMPORAL_ADDRESS: temporal.address, TEMPORAL_TASK_QUEUE: taskQueue, LOG_LEVEL: 'warn' });
    app = await createApp(config);
    await app.init();
    connection = await NativeConnection.connect({ address: temporal.address });
    worker = await createWorker({
      connection, namespace: temporal.namespace, taskQueue, workflowBundlePath: temporal.workflowBundle, dataSource: db.dataSource,
    });
    workerRun = worker.run();
  });

  afterAll(async () => {
    if (worker?.getState() === 'RUNNING') worker.shutdown();
    await workerRun?.catch(() => undefined);
    await connection?.close();
    await app?.close();
    await db?.drop();
  });

  it('stores a ping and the worker completes it through a workflow', async () => {
    const created = await request(app.getHttpServer()).post('/api/v1/pings').set(auth).send({ message: 'hello' }).expect(201);
    expect(created.body).toMatchObject({ message: 'hello', status: 'pending', workflowId: `ping-${created.body.id}` });

    const done = await waitFor(async () => {
      const response = await request(app.getHttpServer()).get(`/api/v1/pings/${created.body.id}`).set(auth).expect(200);
      return response.body.status === 'done' ? response.body : undefined;
    });
    expect(Date.parse(done.completedAt)).toBeGreaterThanOrEqual(Date.parse(done.createdAt));

    const row = await db.dataSource.getRepository(Ping).findOneByOrFail({ id: created.body.id });
    expect(row.status).toBe('done');
  });

  it('reports Postgres and Temporal up on /health', async () => {
    const response = await request(app.getHttpServer()).get('/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', postgres: 'up', temporal: 'up' });
  });

  it('rejects bad input with the field, the reason and nothing stored', async () => {
    const response = await request(app.getHttpServer()).post('/api/v1/pings').set(auth).send({ message: 7, extra: true }).expect(400);
    expect(response.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Request validation failed',
      details: expect.arrayContaining([
        { path: 'message', code: 'isString', message: 'message must be a string' },
        { path: 'extra', code: 'unknown_field', message: 'property extra should not exist' },
      ]),
    });
    expect(await db.dataSource.getRepository(Ping).countBy({ message: '7' })).toBe(0);
  });

  it('answers 404 in the same error shape for an unknown ping', async () => {
    const response = await request(app.getHttpServer()).get('/api/v1/pings/2b1c6f0e-8d0a-4c5e-9d55-6f1f1b1a1a1a').set(auth).expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });
});
