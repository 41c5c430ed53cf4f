import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Connection } from '@temporalio/client';
import { StartupError } from '@cascade/config';
import { supervise, type Supervised } from '../process/supervise';

export interface DevServerOptions {
  binary: string;
  port: number;
  /** SQLite file for durable state; omit for an in-memory server (tests). */
  dbFile?: string;
  namespace?: string;
  startTimeoutMs?: number;
  /** Called once the process exists, so a launcher can stop it (or show its last lines) even while it is starting. */
  onSpawn?: (server: Supervised) => void;
  /** Where the server's output lines go as they come; by default they are only kept for when it dies. */
  echo?: (line: string) => void;
}

export interface DevServer {
  address: string;
  process: Supervised;
  stop(): Promise<void>;
}

/** Starts `temporal server start-dev` headless and resolves once its frontend answers health checks. */
export async function startTemporalDevServer(options: DevServerOptions): Promise<DevServer> {
  const address = `127.0.0.1:${options.port}`;
  const args = ['server', 'start-dev', '--headless', '--ip', '127.0.0.1', '--port', String(options.port), '--log-level', 'error'];
  if (options.namespace && options.namespace !== 'default') args.push('--namespace', options.namespace);
  if (options.dbFile) {
    mkdirSync(dirname(options.dbFile), { recursive: true }); // it cannot create its SQLite file in a missing folder
    // WAL without fsync: a dev server trades durability on power loss for much faster writes.
    args.push('--db-filename', options.dbFile, '--sqlite-pragma', 'journal_mode=WAL', '--sqlite-pragma', 'synchronous=OFF');
  }
  const server = supervise('temporal', options.binary, args, { echo: options.echo ?? false });
  const stop = () => server.stop();
  options.onSpawn?.(server);
  const exitedEarly = server.exited.then((code) => {
    throw new StartupError(`The Temporal dev server exited (code ${code}) before it was ready: ${server.lastLines().at(-1) ?? ''}`);
  });
  try {
    await Promise.race([waitUntilHealthy(address, options.startTimeoutMs ?? 60_000), exitedEarly]);
  } catch (error) {
    await stop();
    throw error;
  } finally {
    exitedEarly.catch(() => undefined);
  }
  return { address, process: server, stop };
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
