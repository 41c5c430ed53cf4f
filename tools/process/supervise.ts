import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { stopProcess } from './stop-process';

export interface Supervised {
  name: string;
  /** Resolves with the exit code when the process ends, whoever ended it. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/**
 * Runs a TypeScript entry point in its own Node process with its output prefixed by `name`.
 * The IPC channel lets the child notice when the launcher dies and leave with it.
 */
export function superviseNode(name: string, entry: string, options: { cwd: string; env: NodeJS.ProcessEnv }): Supervised {
  const child: ChildProcess = spawn(process.execPath, ['-r', '@swc-node/register', entry], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) createInterface({ input: stream }).on('line', (line) => process.stdout.write(`[${name}] ${line}\n`));
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { name, exited, stop: () => stopProcess(child) };
}
