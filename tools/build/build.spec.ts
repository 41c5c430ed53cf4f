import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../paths';
import { compile } from './build';

describe('npm run build (tools/build/build.ts)', () => {
  let outDir: string;
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'cascade-build-'));
  });
  afterAll(() => rm(outDir, { recursive: true, force: true }));

  it('compiles api, worker and libs into JavaScript that plain node loads, without the register hook', async () => {
    const files = await compile({ outDir });
    expect(files.some((file) => file.endsWith('.spec.js') || file.endsWith('.test-helpers.js'))).toBe(false);
    expect(existsSync(join(outDir, 'apps/api/src/main.js.map'))).toBe(true);
    // A fresh node with no -r and no NODE_OPTIONS; NODE_PATH only finds the npm dependencies (the output
    // lives outside the repo), so every @cascade/* import must have been rewritten to a relative path.
    const script = `
      const api = require(${JSON.stringify(join(outDir, 'apps/api/src'))});
      const worker = require(${JSON.stringify(join(outDir, 'apps/worker/src'))});
      const db = require(${JSON.stringify(join(outDir, 'libs/db/src/data-source.js'))});
      console.log(JSON.stringify({
        createApp: typeof api.createApp, createWorker: typeof worker.createWorker,
        migrations: db.migrations.map((m) => m.name).every((name) => /\\d{13}$/.test(name)),
        hook: Object.keys(require.extensions).includes('.ts'),
      }));`;
    const output = execFileSync(process.execPath, ['-e', script], {
      cwd: outDir,
      env: { PATH: process.env.PATH, NODE_PATH: join(repoRoot, 'node_modules') },
      encoding: 'utf8',
    });
    expect(JSON.parse(output.trim().split('\n').pop()!)).toEqual({ createApp: 'function', createWorker: 'function', migrations: true, hook: false });
  }, 60_000);

  it('refuses a production file that imports a workspace left out of the build', async () => {
    await expect(compile({ outDir: join(outDir, 'partial'), workspaces: ['libs/stats'] })).rejects.toThrow(
      /imports @cascade\/errors, which is not part of the production build/,
    );
  });
});
