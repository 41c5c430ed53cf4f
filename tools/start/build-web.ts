import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { StartupError } from '@cascade/config';

/** Builds apps/web when its build is missing or older than its sources, so the API serves the current UI. */
export async function buildWebIfStale(repoRoot: string, log: (line: string) => void): Promise<void> {
  const webRoot = join(repoRoot, 'apps', 'web');
  const built = join(webRoot, 'dist', 'index.html');
  // The web app also bundles libs/journey (types, validation).
  const sources = [join(webRoot, 'src'), join(webRoot, 'index.html'), join(webRoot, 'vite.config.ts'), join(repoRoot, 'libs', 'journey', 'src')];
  if (existsSync(built) && newestMtime(sources) <= statSync(built).mtimeMs) return;
  log('Building the web app...');
  await promisify(execFile)(join(repoRoot, 'node_modules', '.bin', 'vite'), ['build', webRoot, '--logLevel', 'error'], { cwd: repoRoot }).catch(
    (error: Error & { stderr?: string; stdout?: string }) => {
      const reason = `${error.stderr ?? ''}${error.stdout ?? ''}`.trim().split('\n').find(Boolean) ?? error.message;
      throw new StartupError(`Building the web app failed: ${reason}`);
    },
  );
}

function newestMtime(paths: string[]): number {
  return Math.max(
    0,
    ...paths.filter((path) => existsSync(path)).map((path) => {
      const stat = statSync(path);
      if (!stat.isDirectory()) return stat.mtimeMs;
      return newestMtime(readdirSync(path).map((name) => join(path, name)));
    }),
  );
}
