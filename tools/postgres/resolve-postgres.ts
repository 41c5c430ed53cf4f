import { LOCAL_DATABASE_URL, redactUrl, StartupError, type CascadeConfig } from '@cascade/config';
import { ensureDatabase, maintenanceUrl, probePostgres } from '@cascade/db';
import { startEmbeddedPostgres } from './embedded';

export const EMBEDDED_POSTGRES_PORT = 54329;

export interface ResolvedPostgres {
  url: string;
  source: 'configured' | 'local' | 'embedded';
  stop(): Promise<void>;
}

/**
 * The embedded-defaults rule (docs/operations.md): DATABASE_URL when set; else a Postgres answering on
 * 127.0.0.1:5432; else an embedded one under the data folder. The database is created if missing.
 */
export async function resolvePostgres(config: CascadeConfig, log: (line: string) => void): Promise<ResolvedPostgres> {
  if (config.database.configured) return prepared(config.database.url, 'configured', noop, 'DATABASE_URL');
  const local = await probePostgres(maintenanceUrl(LOCAL_DATABASE_URL));
  if (local.ok) return prepared(LOCAL_DATABASE_URL, 'local', noop);
  if (local.code) {
    // It answered but refused us: falling back to another Postgres would hide the user's own data.
    throw new StartupError(`A Postgres on 127.0.0.1:5432 refused user "postgres" (${local.message}): set DATABASE_URL to reach it.`);
  }
  log('No Postgres answers on 127.0.0.1:5432: starting an embedded one.');
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: EMBEDDED_POSTGRES_PORT, log });
  return prepared(embedded.url, 'embedded', embedded.stop);
}

async function prepared(url: string, source: ResolvedPostgres['source'], stop: () => Promise<void>, variable?: string): Promise<ResolvedPostgres> {
  try {
    await ensureDatabase(url);
  } catch (error) {
    await stop();
    const where = variable ? `${variable} (${redactUrl(url)})` : redactUrl(url);
    throw new StartupError(`Cannot connect to Postgres at ${where}: ${(error as Error).message}.`);
  }
  return { url, source, stop };
}

const noop = async () => undefined;
