import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropDatabase } from '@cascade/db';
import { freePort, testServerUrl, waitFor } from '@cascade/testing';
import { repoRoot } from '../paths';

function launch(env: NodeJS.ProcessEnv): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['-r', '@swc-node/register', 'tools/start/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
  });
}

function output(child: ChildProcessWithoutNullStreams): { stdout: () => string; stderr: () => string; exit: Promise<number | null> } {
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { stdout: () => stdout, stderr: () => stderr, exit };
}

/** Every live process below `pid`, read from /proc. */
function descendants(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process ended while we read
    }
  }
  const found: number[] = [];
  const visit = (parent: number) => {
    for (const [child, ppid] of parents) {
      if (ppid !== parent) continue;
      found.push(child);
      visit(child);
    }
  };
  visit(pid);
  return found;
}

const alive = (pid: number) => {
  try {
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');
  } catch {
    return false;
  }
};

describe('npm start (tools/start)', () => {
  it('starts Postgres, Temporal, worker, API and web app; SIGTERM stops every process it started', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'cascade-start-'));
    const database = new URL(testServerUrl());
    database.pathname = `/cascade_start_${process.pid}`;
    const [port, temporalPort] = [await freePort(), await freePort()];
    const child = launch({
      DATABASE_URL: database.toString(), PORT: String(port), TEMPORAL_DEV_SERVER_PORT: String(temporalPort),
      CASCADE_DATA_DIR: dataDir, TEMPORAL_ADDRESS: '', TEMPORAL_TASK_QUEUE: `start-${process.pid}`,
    });
    const { stdout, exit } = output(child);
    try {
      await waitFor(async () => (stdout().includes('Cascade is ready at') ? true : undefined), { timeoutMs: 120_000 });

      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok', postgres: 'up', temporal: 'up' });
      expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toContain('<div id="root">');
      expect(stdout()).toContain(`Temporal: 127.0.0.1:${temporalPort} (dev server`);
      // An empty database gets a Demo workspace, its key printed once.
      const apiKey = /API key, shown once and stored hashed: (\S+)/.exec(stdout())?.[1];
      expect(stdout()).toContain('Created the Demo workspace with 5 demo journeys as drafts, their templates and 7 segments.');
      const authorized = await fetch(`http://127.0.0.1:${port}/api/v1/journeys/2b1c6f0e-8d0a-4c5e-9d55-6f1f1b1a1a1a`, { headers: { Authorization: `Bearer ${apiKey}` } });
      expect(authorized.status).toBe(404);

      const started = descendants(child.pid!);
      expect(started.length).toBeGreaterThanOrEqual(3); // temporal, worker, api
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
      expect(started.filter(alive)).toEqual([]);
    } finally {
      child.kill('SIGKILL');
      await dropDatabase(database.toString());
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 240_000);

  // Defect 6: a second checkout, its Postgres database already there, has no .data/ folder yet.
  it('creates a data directory that does not exist yet before the Temporal dev server needs it', async () => {
    const root = await mkdtemp(join(tmpdir(), 'cascade-start-'));
    const dataDir = join(root, 'fresh-clone', '.data');
    const database = new URL(testServerUrl());
    database.pathname = `/cascade_start_fresh_${process.pid}`;
    const temporalPort = await freePort();
    const child = launch({
      DATABASE_URL: database.toString(), PORT: String(await freePort()), TEMPORAL_DEV_SERVER_PORT: String(temporalPort),
      CASCADE_DATA_DIR: dataDir, TEMPORAL_ADDRESS: '', TEMPORAL_TASK_QUEUE: `start-fresh-${process.pid}`,
    });
    const { stdout, stderr, exit } = output(child);
    try {
      const started = `Temporal: 127.0.0.1:${temporalPort} (dev server, state in ${join(dataDir, 'temporal.sqlite')})`;
      const endedFirst = exit.then((code) => Promise.reject(new Error(`npm start exited (code ${code}) before Temporal started:\n${stdout()}${stderr()}`)));
      await Promise.race([waitFor(async () => (stdout().includes(started) ? true : undefined), { timeoutMs: 120_000 }), endedFirst]);
      expect(existsSync(join(dataDir, 'temporal.sqlite'))).toBe(true);
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
      expect(stdout()).not.toContain('exited unexpectedly');
    } finally {
      child.kill('SIGKILL');
      await dropDatabase(database.toString());
      await rm(root, { recursive: true, force: true });
    }
  }, 180_000);

  it('when a part dies, says so with the last lines of its own output and stops everything', async () => {
    const root = await mkdtemp(join(tmpdir(), 'cascade-start-'));
    // A Temporal CLI that fails the way a real one does: its reason on stderr, exit code 1 (after some stdout).
    const fakeTemporal = join(root, 'temporal');
    const lines = Array.from({ length: 25 }, (_, index) => `echo "starting step ${index + 1}"`).join('\n');
    await writeFile(fakeTemporal, `#!/bin/sh\n${lines}\nsleep 0.3\necho 'level=ERROR msg="failed starting server: no such file or directory"' >&2\nexit 1\n`);
    await chmod(fakeTemporal, 0o755);
    const database = new URL(testServerUrl());
    database.pathname = `/cascade_start_dies_${process.pid}`;
    const child = launch({
      DATABASE_URL: database.toString(), PORT: String(await freePort()), TEMPORAL_DEV_SERVER_PORT: String(await freePort()),
      CASCADE_DATA_DIR: join(root, 'data'), TEMPORAL_ADDRESS: '', TEMPORAL_CLI: fakeTemporal,
    });
    const { stdout, exit } = output(child);
    try {
      expect(await exit).toBe(1);
      const said = stdout().split('\n').filter((line) => line.includes('temporal'));
      const start = said.findIndex((line) => line.includes('[cascade] temporal exited unexpectedly (code 1): stopping everything. Its last output:'));
      expect(start).toBeGreaterThanOrEqual(0);
      // Its last 20 lines, in order, its own error last.
      expect(said.slice(start + 1)).toEqual([
        ...Array.from({ length: 19 }, (_, index) => `[cascade]   temporal | starting step ${index + 7}`),
        '[cascade]   temporal | level=ERROR msg="failed starting server: no such file or directory"',
      ]);
    } finally {
      child.kill('SIGKILL');
      await dropDatabase(database.toString());
      await rm(root, { recursive: true, force: true });
    }
  }, 120_000);

  it.each([
    ['malformed', 'mysql://nope', 'Invalid configuration: DATABASE_URL must be a postgres:// URL, e.g. postgres://user:password@host:5432/cascade'],
    ['unreachable', 'postgres://postgres:s3cret@127.0.0.1:1/cascade', 'Cannot connect to Postgres at DATABASE_URL (postgres://postgres:***@127.0.0.1:1/cascade): connect ECONNREFUSED 127.0.0.1:1'],
  ])('a %s DATABASE_URL stops it with one clear line and no secret', async (_kind, url, message) => {
    const { stdout, stderr, exit } = output(launch({ DATABASE_URL: url }));
    expect(await exit).toBe(1);
    expect(stderr().trim()).toBe(`${message}.`);
    expect(stdout() + stderr()).not.toContain('s3cret');
  });
});
