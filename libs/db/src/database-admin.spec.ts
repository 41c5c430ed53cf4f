import { randomBytes } from 'node:crypto';
import { LOCAL_DATABASE_URL } from '@cascade/config';
import { migrations, runMigrations } from './data-source';
import { canConnect, dropDatabase, ensureDatabase, maintenanceUrl, withClient } from './database-admin';

// Not @cascade/testing: it depends on this library. Same server choice as its testServerUrl().
const freshUrl = () => {
  const url = new URL(process.env.CASCADE_TEST_DATABASE_URL ?? LOCAL_DATABASE_URL);
  url.pathname = `/cascade_admin_${randomBytes(5).toString('hex')}`;
  return url.toString();
};

describe('database administration', () => {
  const created: string[] = [];
  afterAll(() => Promise.all(created.map(dropDatabase)));

  it('creates a missing database exactly once, even when asked concurrently', async () => {
    const url = freshUrl();
    created.push(url);
    const results = await Promise.all(Array.from({ length: 5 }, () => ensureDatabase(url)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await canConnect(url)).toBe(true);
  });

  it('applies each migration once when several processes start together', async () => {
    const url = freshUrl();
    created.push(url);
    await ensureDatabase(url);
    const runs = await Promise.all([runMigrations(url), runMigrations(url), runMigrations(url)]);
    const all = migrations.map((migration) => migration.name);
    expect(runs.flat().sort()).toEqual([...all].sort());
    const rows = await withClient(url, (client) => client.query('SELECT name FROM migrations ORDER BY id'));
    expect(rows.rows.map((row) => row.name)).toEqual(all);
    expect(await runMigrations(url)).toEqual([]);
  });

  it('treats a hostile database name as a name: created literally, nothing else executed', async () => {
    const name = 'cascade_x"; DROP DATABASE postgres; --';
    const url = new URL(freshUrl());
    url.pathname = `/${encodeURIComponent(name)}`;
    created.push(url.toString());
    expect(await ensureDatabase(url.toString())).toBe(true);
    const names = await withClient(maintenanceUrl(url.toString()), (client) =>
      client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname IN ($1, $2) ORDER BY datname', [name, 'postgres']),
    );
    expect(names.rows.map((row) => row.datname)).toEqual([name, 'postgres']);
  });

  it('uses an existing database without touching the maintenance database', async () => {
    const url = freshUrl();
    created.push(url);
    await ensureDatabase(url);
    expect(await ensureDatabase(url)).toBe(false);
  });

  it('reports an unreachable server without throwing', async () => {
    expect(await canConnect('postgres://postgres@127.0.0.1:1/postgres', 500)).toBe(false);
  });
});
