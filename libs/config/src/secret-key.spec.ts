import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StartupError } from './boot';
import { localSecretKey, requireSecretKey } from './secret-key';

describe('the secret key', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'cascade-key-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('is the configured one, and a process without one refuses to start with one line saying what to do', () => {
    expect(requireSecretKey({ secretKey: 'k'.repeat(32) })).toBe('k'.repeat(32));
    expect(() => requireSecretKey({})).toThrow(StartupError);
    expect(() => requireSecretKey({})).toThrow('CASCADE_SECRET_KEY is not set');
  });

  it('for npm start, is generated once and kept across restarts, so links already sent stay valid', async () => {
    const first = localSecretKey(dataDir);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(localSecretKey(dataDir)).toBe(first);
    expect(await readdir(dataDir)).toEqual(['secret.key']);
  });
});
