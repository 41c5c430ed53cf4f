import { spawn, type ChildProcess } from 'node:child_process';
import { Client, Connection } from '@temporalio/client';
import type { JourneyGraph } from '@cascade/journey';
import { createTestDatabase, seedContact, seedPublishedJourney, TEST_SECRET_KEY, testTemporal, uniqueTaskQueue, waitFor, type TestDatabase } from '@cascade/testing';
import { enroll } from '@cascade/engine';
import { repoRoot } from '../paths';

// A worker process killed with SIGKILL mid-journey: another picks the journey up where it was,
// and every message exists exactly once.
describe('worker killed mid-journey', () => {
  let db: TestDatabase;
  let client: Client;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    client = new Client({ connection: await Connection.connect({ address: testTemporal().address }) });
  });
  afterAll(async () => {
    for (const worker of workers) worker.kill('SIGKILL');
    await client?.connection.close();
    await db?.drop();
  });

  function startWorker(taskQueue: string): ChildProcess {
    const temporal = testTemporal();
    const worker = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], {
      cwd: repoRoot,
      env: {
        ...process.env, DATABASE_URL: db.url, TEMPORAL_ADDRESS: temporal.address, TEMPORAL_TASK_QUEUE: taskQueue,
        WORKFLOW_BUNDLE: temporal.workflowBundle, LOG_LEVEL: 'warn', CASCADE_SECRET_KEY: TEST_SECRET_KEY,
      },
      stdio: 'ignore',
    });
    workers.push(worker);
    return worker;
  }

  it('completes the journey after a restart, with each message sent once', async () => {
    const graph: JourneyGraph = {
      nodes: [
        { id: 'start', type: 'trigger', config: { kind: 'api' } },
        { id: 'first', type: 'send', config: { channel: 'email', content: { subject: 'Hi', body: 'first' } } },
        { id: 'pause', type: 'wait', config: { duration: 'PT3S' } },
        { id: 'second', type: 'send', config: { channel: 'sms', content: { body: 'second' } } },
        { id: 'third', type: 'send', config: { channel: 'telegram', content: { body: 'third' } } },
        { id: 'end', type: 'exit' },
      ],
      edges: [
        { from: 'start', to: 'first' }, { from: 'first', to: 'pause' }, { from: 'pause', to: 'second' },
        { from: 'second', to: 'third' }, { from: 'third', to: 'end' },
      ],
    };
    const taskQueue = uniqueTaskQueue('crash');
    const { journeyId } = await seedPublishedJourney(db.dataSource, graph);
    const contactId = await seedContact(db.dataSource);
    const first = startWorker(taskQueue);
    const result = await enroll({ dataSource: db.dataSource, client, taskQueue }, { journeyId, contactId, triggerKey: 'api:test' });
    const messages = () => db.dataSource.query(`SELECT node_id, status FROM messages WHERE enrollment_id = $1 ORDER BY node_id`, [result.enrollmentId]);

    const waiting = () => db.dataSource.query(`SELECT 1 FROM step_events WHERE enrollment_id = $1 AND node_id = 'pause' AND kind = 'node_entered'`, [result.enrollmentId]);
    await waitFor(async () => ((await waiting()).length === 1 ? true : undefined), { timeoutMs: 30_000 });
    first.kill('SIGKILL'); // during the 3-second wait, after the first message
    await new Promise((resolve) => first.once('exit', resolve));
    startWorker(taskQueue);

    const ended = await waitFor(async () => {
      const [row] = await db.dataSource.query(`SELECT status FROM enrollments WHERE id = $1`, [result.enrollmentId]);
      return row.status === 'active' ? undefined : row.status;
    }, { timeoutMs: 60_000 });
    expect(ended).toBe('exited');
    expect(await messages()).toEqual([
      { node_id: 'first', status: 'sent' }, { node_id: 'second', status: 'sent' }, { node_id: 'third', status: 'sent' },
    ]);
    const [{ count }] = await db.dataSource.query(`SELECT count(*)::int AS count FROM sandbox_messages WHERE message_id LIKE $1`, [`${result.enrollmentId}:%`]);
    expect(count).toBe(3);
  }, 120_000);
});
