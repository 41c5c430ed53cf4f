import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '..');

/** Binaries the tools build (the Temporal CLI): tools/.bin in the repo, plus a per-user copy so fresh clones reuse it. */
export const repoBinDir = join(repoRoot, 'tools', '.bin');
export const userBinDir = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'cascade', 'bin');
