import { execFile } from 'node:child_process';
import { accessSync, constants, copyFileSync, mkdirSync, renameSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { StartupError } from '@cascade/config';
import { repoBinDir, userBinDir } from '../paths';

export const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal@v1.5.1';

export interface FindOptions {
  env?: NodeJS.ProcessEnv;
  cacheDirs?: string[];
}

/** The `temporal` binary: $TEMPORAL_CLI, then a cached copy, then PATH; null when there is none. */
export function findTemporalCli({ env = process.env, cacheDirs = [repoBinDir, userBinDir] }: FindOptions = {}): string | null {
  if (env.TEMPORAL_CLI) {
    if (!isExecutable(env.TEMPORAL_CLI)) {
      throw new StartupError(`TEMPORAL_CLI points to ${env.TEMPORAL_CLI}, which is not an executable file.`);
    }
    return env.TEMPORAL_CLI;
  }
  const pathDirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  return [...cacheDirs, ...pathDirs].map((dir) => join(dir, 'temporal')).find(isExecutable) ?? null;
}

/** Builds the pinned Temporal CLI with Go into tools/.bin (and the per-user cache). Takes minutes the first time. */
export async function installTemporalCli(log: (line: string) => void = console.log): Promise<string> {
  const go = findGo();
  if (!go) {
    throw new StartupError(
      'The Temporal CLI was not found and Go is not installed to build it. Install Go (https://go.dev/dl) ' +
        'or the Temporal CLI (https://docs.temporal.io/cli), set TEMPORAL_CLI to its path, or set ' +
        'TEMPORAL_ADDRESS to use a running Temporal server.',
    );
  }
  log(`Building the Temporal CLI (go install ${TEMPORAL_CLI_MODULE}); the first build takes a few minutes...`);
  mkdirSync(repoBinDir, { recursive: true });
  await promisify(execFile)(go, ['install', TEMPORAL_CLI_MODULE], {
    env: { ...process.env, GOBIN: repoBinDir },
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: Error & { stderr?: string }) => {
    const reason = error.stderr?.trim().split('\n').pop() ?? error.message;
    throw new StartupError(`Building the Temporal CLI failed (go install ${TEMPORAL_CLI_MODULE}): ${reason}`);
  });
  const binary = join(repoBinDir, 'temporal');
  cacheForOtherCheckouts(binary);
  return binary;
}

export async function ensureTemporalCli(log?: (line: string) => void): Promise<string> {
  return findTemporalCli() ?? installTemporalCli(log);
}

/** Copies the binary to the per-user cache; through a rename, since another checkout may be running it. */
function cacheForOtherCheckouts(binary: string): void {
  mkdirSync(userBinDir, { recursive: true });
  const temporary = join(userBinDir, `temporal.${process.pid}.tmp`);
  copyFileSync(binary, temporary);
  renameSync(temporary, join(userBinDir, 'temporal'));
}

function findGo(): string | null {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/local/go/bin', join(process.env.HOME ?? '', 'go', 'bin')];
  return dirs.map((dir) => join(dir, 'go')).find(isExecutable) ?? null;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
