import { LOCAL_DATABASE_URL, redactUrl, StartupError, type CascadeConfig } from '@cascade/config';
import { canConnect, ensureDatabase, maintenanceUrl } from '@cascade/db';
import { startEmbeddedPostgres } from './embedded';

export const EMBEDDED_POSTGRES_PORT = 54329;

export interface ResolvedPostgres {
  url: string;
  source: 'configured' | 'local' | 'embedded';
  stop(): Promise<void>;
}

/**
 * The embedded-defaults rule of DESIGN.md §2: DATABASE_URL when set; else a Postgres answering on
 * 127.0.0.1:5432; else an embedded one under the data folder. The `cascade` database is created if missing.
 */
export async function resolvePostgres(config: CascadeConfig, log: (line: string) => void): Promise<ResolvedPostgres> {
  if (config.database.configured) {
    if (!(await canConnect(maintenanceUrl(config.database.url), 5_000))) {
      throw new StartupError(`Cannot connect to Postgres at DATABASE_URL (${redactUrl(config.database.url)}).`);
    }
    return prepared(config.database.url, 'configured', async () => undefined);
  }
  if (await canConnect(maintenanceUrl(LOCAL_DATABASE_URL))) {
    return prepared(LOCAL_DATABASE_URL, 'local', async () => undefined);
  }
  log('No Postgres answers on 127.0.0.1:5432: starting an embedded one.');
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: EMBEDDED_POSTGRES_PORT, log });
  return prepared(embedded.url, 'embedded', embedded.stop);
}

async function prepared(url: string, source: ResolvedPostgres['source'], stop: () => Promise<void>): Promise<ResolvedPostgres> {
  try {
    await ensureDatabase(url);
  } catch (error) {
    await stop();
    throw new StartupError(`Cannot create the database of ${redactUrl(url)}: ${(error as Error).message}`);
  }
  return { url, source, stop };
}
