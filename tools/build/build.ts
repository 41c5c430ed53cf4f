import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { transformFile, type Options } from '@swc/core';
import { runMain, StartupError } from '@cascade/config';
import { repoRoot } from '../paths';

/**
 * `npm run build`: the production build, run with plain `node` (no @swc-node/register):
 *   dist/apps/{api,worker}/src/**.js, dist/libs/<lib>/src/**.js   compiled by swc, source maps alongside
 *   dist/workflow-bundle.js                                        the prebuilt workflow bundle (WORKFLOW_BUNDLE)
 *   dist/apps/web/dist                                             the web app, where the compiled API looks for it
 * The layout mirrors the sources, so paths relative to __dirname (the web app, the workflows) still hold.
 */

/** Workspaces compiled into the production build; libs/testing and tools are for development only. */
export const PRODUCTION_WORKSPACES = [
  'apps/api', 'apps/worker', 'libs/channels', 'libs/config', 'libs/db', 'libs/engine', 'libs/errors',
  'libs/journey', 'libs/segments', 'libs/stats', 'libs/workflows',
];

/** Sources that never ship: tests and their helpers. */
const isProductionSource = (file: string) => file.endsWith('.ts') && !/\.(spec|test-helpers|d)\.ts$/.test(file);

interface Workspace { dir: string; name: string; main: string }

function readWorkspace(root: string, dir: string): Workspace {
  const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as { name: string; main: string };
  return { dir, name: manifest.name, main: manifest.main };
}

/**
 * `@cascade/<name>` imports become relative paths at build time (swc `jsc.paths`): at run time the
 * workspace packages point to TypeScript (`main: src/index.ts`), which plain node cannot load.
 */
function aliases(workspaces: Workspace[]): Record<string, string[]> {
  return Object.fromEntries(
    workspaces.flatMap(({ dir, name, main }) => [[name, [`${dir}/${main}`]], [`${name}/*`, [`${dir}/*`]]]),
  );
}

function swcOptions(root: string, paths: Record<string, string[]>): Options {
  // The same transform as jest (jest.config.js): legacy decorators with metadata for Nest and TypeORM.
  return {
    swcrc: false,
    configFile: false,
    sourceMaps: true,
    module: { type: 'commonjs' },
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true, // TypeORM names migrations, Nest names providers after their classes
      baseUrl: root,
      paths,
    },
  };
}

function listSources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : listSources(path);
    return isProductionSource(path) ? [path] : [];
  });
}

/**
 * Compiles the `src` folders of `workspaces` (repo-relative) into `outDir`, keeping their layout, and
 * writes a package.json per workspace whose `main` is the compiled entry. Returns the files written.
 */
export async function compile(options: { root?: string; outDir: string; workspaces?: string[] }): Promise<string[]> {
  const root = options.root ?? repoRoot;
  const workspaces = (options.workspaces ?? PRODUCTION_WORKSPACES).map((dir) => readWorkspace(root, dir));
  const swc = swcOptions(root, aliases(workspaces));
  const written: string[] = [];
  for (const workspace of workspaces) {
    for (const source of listSources(join(root, workspace.dir, 'src'))) {
      const out = join(options.outDir, relative(root, source)).replace(/\.ts$/, '.js');
      const { code, map } = await transformFile(source, { ...swc, filename: source, sourceFileName: relative(dirname(out), source) });
      // An alias left over means a production file imports a workspace that is not built (e.g. @cascade/testing).
      const stray = /require\("(@cascade\/[^"]+)"\)/.exec(code);
      if (stray) throw new StartupError(`${relative(root, source)} imports ${stray[1]}, which is not part of the production build.`);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, `${code}\n//# sourceMappingURL=${basename(out)}.map\n`);
      if (map) writeFileSync(`${out}.map`, map);
      written.push(out);
    }
    // For plug-ins that import the SDK (@cascade/channels): production links node_modules/@cascade/* here.
    const manifest = { name: workspace.name, private: true, main: workspace.main.replace(/\.ts$/, '.js') };
    writeFileSync(join(options.outDir, workspace.dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  }
  return written;
}

function run(args: string[]): void {
  execFileSync(process.execPath, args, { cwd: repoRoot, stdio: 'inherit' });
}

if (require.main === module) {
  runMain(async () => {
    const outDir = join(repoRoot, 'dist');
    rmSync(outDir, { recursive: true, force: true });
    const files = await compile({ outDir });
    console.log(`Compiled ${files.length} files into dist/`);
    // Bundled from the compiled workflows, with plain node: the same code the worker would bundle at boot.
    run([join(outDir, 'apps/worker/src/bundle-workflows.js'), join(outDir, 'workflow-bundle.js')]);
    run([join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', 'apps/web', '--logLevel', 'error']);
    cpSync(join(repoRoot, 'apps/web/dist'), join(outDir, 'apps/web/dist'), { recursive: true });
    console.log('Web app copied to dist/apps/web/dist');
  });
}
