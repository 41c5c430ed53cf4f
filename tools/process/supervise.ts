import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { stopProcess } from './stop-process';

export interface Supervised {
  name: string;
  pid: number | undefined;
  /** Resolves with the exit code (null when a signal ended it) when the process ends, whoever ended it. */
  exited: Promise<number | null>;
  /** Its last lines of output, stdout and stderr as they came, oldest first: what to show when it dies. */
  lastLines(): string[];
  /** SIGTERM, then SIGKILL after a grace period; resolves on exit. */
  stop(): Promise<void>;
  /** SIGKILL at once, no grace (`kill -9`), as a crash would. */
  kill(): void;
}

export interface SuperviseOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Where each line of its output goes as it comes; the launcher's stdout, prefixed `[name]`, by default. */
  echo?: ((line: string) => void) | false;
  /** An IPC channel, so a Node child notices when the launcher dies and leaves with it. */
  ipc?: boolean;
}

/** How many lines of a part's output are kept for when it dies. */
export const KEPT_LINES = 20;

/** Runs `command` with its output read line by line: echoed (or not) and its last lines kept. */
export function supervise(name: string, command: string, args: string[], options: SuperviseOptions = {}): Supervised {
  const child: ChildProcess = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe', ...(options.ipc ? ['ipc' as const] : [])],
  });
  const echo = options.echo ?? ((line: string) => process.stdout.write(`[${name}] ${line}\n`));
  const kept: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream! }).on('line', (line) => {
      kept.push(line);
      if (kept.length > KEPT_LINES) kept.shift();
      if (echo) echo(line);
    });
  }
  // 'close', not 'exit': by then its output is read to the end, so lastLines() holds its last words.
  const exited = new Promise<number | null>((resolve) => {
    child.once('error', () => resolve(null)); // could not be spawned at all (ENOENT): no 'close' may follow
    child.once('close', (code) => resolve(code));
  });
  // A spawn failure (e.g. a missing binary) is one more line to show, not an unhandled 'error' event.
  child.on('error', (error) => kept.push(`${name}: ${error.message}`));
  return {
    name,
    pid: child.pid,
    exited,
    lastLines: () => [...kept],
    stop: () => stopProcess(child),
    kill: () => void child.kill('SIGKILL'),
  };
}

/** Runs a TypeScript entry point in its own Node process, with an IPC channel to leave with the launcher. */
export function superviseNode(name: string, entry: string, options: Omit<SuperviseOptions, 'ipc'> & { cwd: string }): Supervised {
  return supervise(name, process.execPath, ['-r', '@swc-node/register', entry], { ...options, ipc: true });
}
