import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { workspaceOfApiKey } from '@cascade/db';
import { createTestDatabase, type TestDatabase } from '@cascade/testing';
import { repoRoot } from '../paths';

const cli = (args: string[], env: NodeJS.ProcessEnv) =>
  promisify(execFile)(process.execPath, ['-r', '@swc-node/register', 'tools/cli/main.ts', ...args], { cwd: repoRoot, env: { ...process.env, ...env } });

describe('npm run cli -- workspace create', () => {
  let db: TestDatabase;
  beforeAll(async () => (db = await createTestDatabase()));
  afterAll(() => db.drop());

  it('creates a workspace and prints a working API key once', async () => {
    const { stdout } = await cli(['workspace', 'create', 'Acme', 'Retail'], { DATABASE_URL: db.url });
    const key = /API key \(shown once, stored hashed\): (\S+)/.exec(stdout)?.[1];
    expect(key).toMatch(/^csk_/);
    expect(stdout.split(key!)).toHaveLength(2);
    const [workspace] = await db.dataSource.query(`SELECT id, name FROM workspaces`);
    expect(workspace.name).toBe('Acme Retail');
    expect(await workspaceOfApiKey(db.dataSource, key!)).toBe(workspace.id);
  });

  it('explains its usage when the words are off', async () => {
    await expect(cli(['workspace', 'delete'], { DATABASE_URL: db.url })).rejects.toMatchObject({
      code: 2, stderr: 'Usage: npm run cli -- workspace create <name>\n',
    });
  });
});
