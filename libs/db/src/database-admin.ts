import { Client } from 'pg';

const DATABASE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** The database named in a connection string. */
export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!DATABASE_NAME.test(name)) {
    throw new Error(`database name "${name}" must be lower-case letters, digits and "_" (at most 63)`);
  }
  return name;
}

/** The same server, but the `postgres` maintenance database: used to create or drop others. */
export function maintenanceUrl(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = '/postgres';
  return parsed.toString();
}

/** Creates the database named in `url` when it does not exist yet. Returns true when created. */
export async function ensureDatabase(url: string): Promise<boolean> {
  const name = databaseName(url);
  return withClient(maintenanceUrl(url), async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
    try {
      // Identifiers cannot be bound as parameters; `name` is checked against DATABASE_NAME above.
      await client.query(`CREATE DATABASE "${name}"`);
      return true;
    } catch (error) {
      // Created concurrently: "already exists", or a unique violation when both raced past the check.
      if (['42P04', '23505'].includes((error as { code?: string }).code ?? '')) return false;
      throw error;
    }
  });
}

export async function dropDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  await withClient(maintenanceUrl(url), (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** True when a Postgres server accepts a connection at `url` within the timeout. */
export async function canConnect(url: string, timeoutMs = 1_500): Promise<boolean> {
  try {
    await withClient(url, (client) => client.query('SELECT 1'), timeoutMs);
    return true;
  } catch {
    return false;
  }
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>, timeoutMs = 5_000): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
