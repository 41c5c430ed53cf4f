import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CascadeConfig } from './config';

/**
 * CASCADE_SECRET_KEY, or on a machine without one (the embedded default) a key generated once in
 * the data directory, so links in messages already sent keep working after a restart. The API and
 * the worker may boot at the same moment: the first to create the file wins, the other reads it.
 */
export function resolveSecretKey(config: Pick<CascadeConfig, 'secretKey' | 'dataDir'>): string {
  if (config.secretKey) return config.secretKey;
  const file = join(config.dataDir, 'secret.key');
  mkdirSync(config.dataDir, { recursive: true });
  // Written aside and linked in place: a reader never sees a half-written key.
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
