import { randomBytes } from 'node:crypto';
import { LOCAL_DATABASE_URL } from '@cascade/config';
import { runMigrations } from './data-source';
import { canConnect, databaseName, dropDatabase, ensureDatabase, withClient } from './database-admin';

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
    expect(runs.flat()).toEqual(['CreatePings1763900000000']);
    const rows = await withClient(url, (client) => client.query('SELECT name FROM migrations'));
    expect(rows.rows).toEqual([{ name: 'CreatePings1763900000000' }]);
    expect(await runMigrations(url)).toEqual([]);
  });

  it.each(['cascade"; DROP DATABASE postgres; --', 'Cascade', 'a-b', ''])('refuses the database name %j', (name) => {
    expect(() => databaseName(`postgres://127.0.0.1/${encodeURIComponent(name)}`)).toThrow(/must be lower-case letters/);
  });

  it('reports an unreachable server without throwing', async () => {
    expect(await canConnect('postgres://postgres@127.0.0.1:1/postgres', 500)).toBe(false);
  });
});
