import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findTemporalCli } from './cli';

describe('findTemporalCli', () => {
  let root: string;
  const fakeBinary = (dir: string) => {
    mkdirSync(dir, { recursive: true });
    const path = join(dir, 'temporal');
    writeFileSync(path, '#!/bin/sh\n');
    chmodSync(path, 0o755);
    return path;
  };

  beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'temporal-cli-'))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('prefers TEMPORAL_CLI, then the cache, then PATH', () => {
    const explicit = fakeBinary(join(root, 'explicit'));
    const cached = fakeBinary(join(root, 'cache'));
    const onPath = fakeBinary(join(root, 'path'));
    const cacheDirs = [join(root, 'cache')];
    expect(findTemporalCli({ env: { TEMPORAL_CLI: explicit, PATH: join(root, 'path') }, cacheDirs })).toBe(explicit);
    expect(findTemporalCli({ env: { PATH: join(root, 'path') }, cacheDirs })).toBe(cached);
    expect(findTemporalCli({ env: { PATH: join(root, 'path') }, cacheDirs: [] })).toBe(onPath);
  });

  it('returns null when there is no binary anywhere', () => {
    expect(findTemporalCli({ env: { PATH: join(root, 'empty') }, cacheDirs: [join(root, 'cache')] })).toBeNull();
  });

  it('names a TEMPORAL_CLI that is not an executable', () => {
    expect(() => findTemporalCli({ env: { TEMPORAL_CLI: join(root, 'missing') }, cacheDirs: [] })).toThrow(
      `TEMPORAL_CLI points to ${join(root, 'missing')}, which is not an executable file.`,
    );
  });
});
