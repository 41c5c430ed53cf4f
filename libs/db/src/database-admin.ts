import { Client } from 'pg';

export type Probe = { ok: true } | { ok: false; code?: string; message: string };

const DATABASE_DOES_NOT_EXIST = '3D000';
const CREATED_CONCURRENTLY = ['42P04', '23505']; // "already exists", or a unique violation when both raced

/** The database named in a connection string. */
export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!name || Buffer.byteLength(name) > 63) throw new Error(`database name "${name}" must have 1 to 63 bytes`);
  return name;
}

/** The same server, but the `postgres` maintenance database: used to create or drop others. */
export function maintenanceUrl(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = '/postgres';
  return parsed.toString();
}

/**
 * Creates the database named in `url` when it does not exist yet; returns true when it created it.
 * An existing database is used as is, without touching the maintenance database (managed
 * Postgres services often refuse that).
 */
export async function ensureDatabase(url: string): Promise<boolean> {
  const probe = await probePostgres(url);
  if (probe.ok) return false;
  if (probe.code !== DATABASE_DOES_NOT_EXIST) throw new Error(probe.message);
  const name = databaseName(url);
  return withClient(maintenanceUrl(url), async (client) => {
    try {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      return true;
    } catch (error) {
      if (CREATED_CONCURRENTLY.includes((error as { code?: string }).code ?? '')) return false;
      throw error;
    }
  });
}

export async function dropDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  await withClient(maintenanceUrl(url), (client) => client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`));
}

/** Whether a Postgres server accepts a connection at `url`; if not, why (with its SQLSTATE when it answered). */
export async function probePostgres(url: string, timeoutMs = 1_500): Promise<Probe> {
  try {
    await withClient(url, (client) => client.query('SELECT 1'), timeoutMs);
    return { ok: true };
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    return { ok: false, code: code && /^[0-9A-Z]{5}$/.test(code) ? code : undefined, message: message || String(error) };
  }
}

export async function canConnect(url: string, timeoutMs = 1_500): Promise<boolean> {
  return (await probePostgres(url, timeoutMs)).ok;
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
