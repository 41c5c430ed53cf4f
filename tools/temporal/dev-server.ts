import { spawn } from 'node:child_process';
import { Connection } from '@temporalio/client';
import { StartupError } from '@cascade/config';
import { stopProcess } from '../process/stop-process';

export interface DevServerOptions {
  binary: string;
  port: number;
  /** SQLite file for durable state; omit for an in-memory server (tests). */
  dbFile?: string;
  namespace?: string;
  startTimeoutMs?: number;
  /** Called once the process exists, so a launcher can stop it even while it is starting. */
  onSpawn?: (stop: () => Promise<void>, exited: Promise<number | null>) => void;
}

export interface DevServer {
  address: string;
  stop(): Promise<void>;
}

/** Starts `temporal server start-dev` headless and resolves once its frontend answers health checks. */
export async function startTemporalDevServer(options: DevServerOptions): Promise<DevServer> {
  const address = `127.0.0.1:${options.port}`;
  const args = ['server', 'start-dev', '--headless', '--ip', '127.0.0.1', '--port', String(options.port), '--log-level', 'error'];
  if (options.namespace && options.namespace !== 'default') args.push('--namespace', options.namespace);
  if (options.dbFile) {
    // WAL without fsync: a dev server trades durability on power loss for much faster writes.
    args.push('--db-filename', options.dbFile, '--sqlite-pragma', 'journal_mode=WAL', '--sqlite-pragma', 'synchronous=OFF');
  }
  const child = spawn(options.binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4_000);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const stop = () => stopProcess(child);
  options.onSpawn?.(stop, exited);
  const exitedEarly = exited.then((code) => {
    throw new StartupError(`The Temporal dev server exited (code ${code}) before it was ready: ${stderr.trim().split('\n').pop() ?? ''}`);
  });
  try {
    await Promise.race([waitUntilHealthy(address, options.startTimeoutMs ?? 60_000), exitedEarly]);
  } catch (error) {
    await stop();
    throw error;
  } finally {
    exitedEarly.catch(() => undefined);
  }
  return { address, stop };
}

/** Resolves when the Temporal frontend at `address` answers a health check. */
export async function waitUntilHealthy(address: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await isHealthy(address)) return;
    if (Date.now() > deadline) throw new StartupError(`Temporal at ${address} did not become healthy within ${timeoutMs / 1000}s.`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export async function isHealthy(address: string): Promise<boolean> {
  const connection = Connection.lazy({ address });
  try {
    const response = await connection.withDeadline(Date.now() + 1_000, () => connection.healthService.check({}));
    return response.status === 1; // SERVING
  } catch {
    return false;
  } finally {
    await connection.close().catch(() => undefined);
  }
}
