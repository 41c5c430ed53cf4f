import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StartupError } from './boot';
import type { CascadeConfig } from './config';

/**
 * CASCADE_SECRET_KEY, which every API and worker of a deployment must share: it signs the links in
 * messages and encrypts provider settings. Refusing to start without it beats each process making
 * its own (links that 404, settings no worker can open). `npm start` sets it for its processes.
 */
export function requireSecretKey(config: Pick<CascadeConfig, 'secretKey'>): string {
  if (config.secretKey) return config.secretKey;
  throw new StartupError('CASCADE_SECRET_KEY is not set: give every API and worker the same value of at least 32 characters (e.g. `openssl rand -hex 32`).');
}

/**
 * For `npm start` on one machine: a key generated once in the data directory, so links in messages
 * already sent keep working after a restart. Written aside and linked in place, so a concurrent
 * reader never sees a half-written key.
 */
export function localSecretKey(dataDir: string): string {
  const file = join(dataDir, 'secret.key');
  mkdirSync(dataDir, { recursive: true });
  const draft = `${file}.${process.pid}.tmp`;
  writeFileSync(draft, randomBytes(32).toString('hex'), { mode: 0o600 });
  try {
    linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(draft);
  }
  return readFileSync(file, 'utf8').trim();
}
