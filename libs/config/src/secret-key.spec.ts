import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveSecretKey } from './secret-key';

describe('resolveSecretKey', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'cascade-key-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('uses the configured key', () => {
    expect(resolveSecretKey({ secretKey: 'k'.repeat(32), dataDir })).toBe('k'.repeat(32));
  });

  it('generates a key once and keeps it across restarts, so links already sent stay valid', async () => {
    const first = resolveSecretKey({ dataDir });
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(resolveSecretKey({ dataDir })).toBe(first);
    expect(await readdir(dataDir)).toEqual(['secret.key']);
  });
});
