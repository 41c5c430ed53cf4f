import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** Builds apps/web when its build is missing or older than its sources, so the API serves the current UI. */
export async function buildWebIfStale(repoRoot: string, log: (line: string) => void): Promise<void> {
  const webRoot = join(repoRoot, 'apps', 'web');
  const built = join(webRoot, 'dist', 'index.html');
  const sources = [join(webRoot, 'src'), join(webRoot, 'index.html'), join(webRoot, 'vite.config.ts')];
  if (existsSync(built) && newestMtime(sources) <= statSync(built).mtimeMs) return;
  log('Building the web app...');
  await promisify(execFile)(join(repoRoot, 'node_modules', '.bin', 'vite'), ['build', webRoot, '--logLevel', 'warn'], { cwd: repoRoot });
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
