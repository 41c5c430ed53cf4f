import { spawn, type ChildProcess } from 'node:child_process';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { resolve } from 'node:path';
import { createTestDatabase, freePort, TEST_SECRET_KEY, testTemporal, uniqueTaskQueue, waitFor, type TestDatabase } from '@cascade/testing';
import { withBackoff } from './connect-temporal';

describe('withBackoff', () => {
  it('retries with doubling waits up to the cap, a line per failure, and says when it got through', async () => {
    const lines: string[] = [];
    const waits: number[] = [];
    let calls = 0;
    const result = await withBackoff(async () => {
      calls += 1;
      if (calls < 5) throw new Error('connection refused');
      return 'connected';
    }, { failed: 'Cannot connect to Temporal at 127.0.0.1:1', succeeded: 'Connected to Temporal at 127.0.0.1:1' }, {
      log: (line) => lines.push(line), initialDelayMs: 1_000, maxDelayMs: 5_000, sleep: async (ms) => void waits.push(ms),
    });
    expect(result).toBe('connected');
    expect(waits).toEqual([1_000, 2_000, 4_000, 5_000]);
    expect(lines).toEqual([
      'Cannot connect to Temporal at 127.0.0.1:1: connection refused. Retrying in 1s (attempt 1).',
      'Cannot connect to Temporal at 127.0.0.1:1: connection refused. Retrying in 2s (attempt 2).',
      'Cannot connect to Temporal at 127.0.0.1:1: connection refused. Retrying in 4s (attempt 3).',
      'Cannot connect to Temporal at 127.0.0.1:1: connection refused. Retrying in 5s (attempt 4).',
      'Connected to Temporal at 127.0.0.1:1 after 5 attempts.',
    ]);
  });
});

// Defect 5: a worker (re)started while Temporal is down waits for it instead of exiting.
describe('the worker process with Temporal unreachable at start', () => {
  let db: TestDatabase;
  let worker: ChildProcess | undefined;
  let proxy: Server | undefined;
  const relayed = new Set<Socket>();

  beforeAll(async () => (db = await createTestDatabase()));
  afterAll(async () => {
    worker?.kill('SIGKILL');
    for (const socket of relayed) socket.destroy();
    await new Promise((done) => (proxy ? proxy.close(done) : done(undefined)));
    await db?.drop();
  });

  it('logs a retry line and keeps running, then connects and polls once Temporal answers on that address', async () => {
    const temporal = testTemporal();
    const port = await freePort(); // nothing listens here yet: Temporal is "down"
    worker = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], {
      cwd: resolve(__dirname, '../../..'),
      env: {
        ...process.env, DATABASE_URL: db.url, TEMPORAL_ADDRESS: `127.0.0.1:${port}`, TEMPORAL_TASK_QUEUE: uniqueTaskQueue('outage'),
        WORKFLOW_BUNDLE: temporal.workflowBundle, LOG_LEVEL: 'warn', CASCADE_SECRET_KEY: TEST_SECRET_KEY,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    worker.stdout!.on('data', (chunk) => (output += chunk));
    worker.stderr!.on('data', (chunk) => (output += chunk));
    let exitCode: number | null | undefined;
    worker.once('exit', (code) => (exitCode = code));

    await waitFor(async () => (/Retrying in 2s \(attempt 2\)/.test(output) ? true : undefined), { timeoutMs: 30_000 });
    expect(output).toContain(`Cannot connect to Temporal at 127.0.0.1:${port}:`);
    expect(exitCode).toBeUndefined();

    // Temporal "comes back" on that address: a TCP relay to the test run's dev server.
    const [host, target] = temporal.address.split(':');
    proxy = createServer((socket) => {
      const upstream = connect(Number(target), host);
      relayed.add(socket).add(upstream);
      socket.pipe(upstream).pipe(socket);
      socket.on('error', () => upstream.destroy());
      upstream.on('error', () => socket.destroy());
    });
    await new Promise<void>((done) => proxy!.listen(port, '127.0.0.1', done));

    await waitFor(async () => (output.includes('Worker polling task queue') ? true : undefined), { timeoutMs: 45_000 });
    expect(output).toMatch(new RegExp(`Connected to Temporal at 127\\.0\\.0\\.1:${port} after \\d+ attempts\\.`));
    expect(exitCode).toBeUndefined();
  }, 90_000);
});
