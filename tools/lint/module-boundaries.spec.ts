import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../paths';

const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name);

/** Lints `source` as if it were the file at `path`, and returns ESLint's messages. */
function lint(path: string, source: string): string[] {
  const result = spawnSync(bin('eslint'), ['--stdin', '--stdin-filename', path, '--format', 'json'], {
    cwd: repoRoot,
    input: source,
    encoding: 'utf8',
  });
  const [report] = JSON.parse(result.stdout) as { messages: { ruleId: string; message: string }[] }[];
  return report.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

// docs/architecture.md: apps → server libs / workflows → journey & stats → nothing.
describe('module boundaries (part of npm run lint)', () => {
  beforeAll(() => {
    // The Nx rule reads the cached project graph; without one it would skip silently.
    execFileSync(bin('nx'), ['show', 'projects'], { cwd: repoRoot, env: { ...process.env, NX_DAEMON: 'false' } });
  });

  it.each([
    ['libs/journey', '@nestjs/common', 'scope:domain'],
    ['libs/journey', 'typeorm', 'scope:domain'],
    ['libs/journey', '@temporalio/workflow', 'scope:domain'],
    ['libs/stats', 'react', 'scope:domain'],
  ])('%s may not import the framework %s', (lib, module, tag) => {
    expect(lint(`${lib}/src/probe.ts`, `import * as m from '${module}';\nexport const x = m;\n`)).toEqual([
      `@nx/enforce-module-boundaries: A project tagged with "${tag}" is not allowed to import "${module}"`,
    ]);
  });

  it('libs/workflows imports only @temporalio/workflow and libs/journey', () => {
    expect(lint('libs/workflows/src/probe.ts', "import { Client } from '@temporalio/client';\nexport const c = Client;\n")).toEqual([
      '@nx/enforce-module-boundaries: A project tagged with "type:workflows" is not allowed to import "@temporalio/client"',
    ]);
    expect(lint('libs/workflows/src/probe.ts', "import * as db from '@cascade/db';\nexport const d = db;\n")).toEqual([
      expect.stringContaining('A project tagged with "type:workflows" can only depend on libs tagged with "type:journey"'),
    ]);
    expect(lint('libs/workflows/src/probe.ts', "import { sleep } from '@temporalio/workflow';\nexport const s = sleep;\n")).toEqual([]);
  });

  it.each([
    ['libs/journey', '@cascade/config'],
    ['libs/stats', '@cascade/journey'],
  ])('%s depends on no other library than @cascade/errors (%s)', (lib, other) => {
    expect(lint(`${lib}/src/probe.ts`, `import * as m from '${other}';\nexport const x = m;\n`)).toEqual([
      '@nx/enforce-module-boundaries: A project tagged with "scope:domain" can only depend on libs tagged with "type:errors"',
    ]);
    expect(lint(`${lib}/src/probe.ts`, "import { DomainError } from '@cascade/errors';\nexport const x = DomainError;\n")).toEqual([]);
  });

  it('libs/errors depends on nothing', () => {
    expect(lint('libs/errors/src/probe.ts', "import * as m from '@cascade/stats';\nexport const x = m;\n")).toEqual([
      expect.stringContaining('@nx/enforce-module-boundaries'),
    ]);
    expect(lint('libs/errors/src/probe.ts', "import * as m from '@nestjs/common';\nexport const x = m;\n")).toEqual([
      expect.stringContaining('is not allowed to import "@nestjs/common"'),
    ]);
  });

  it('production code may not import the test helpers', () => {
    expect(lint('apps/api/src/probe.ts', "import * as t from '@cascade/testing';\nexport const x = t;\n")).toEqual([
      expect.stringContaining('no-restricted-imports'),
    ]);
    expect(lint('apps/api/src/probe.spec.ts', "import * as t from '@cascade/testing';\nexport const x = t;\n")).toEqual([]);
  });
});
