import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { superviseNode, type Supervised } from '../process/supervise';
import { repoRoot } from '../paths';
import { startTemporalDevServer } from '../temporal/dev-server';
import type { PartName } from './args';

/** Something that happened to a part, at `at` ms on the harness's clock. */
export interface PartEvent {
  part: PartName;
  kind: 'killed' | 'restarted' | 'exited on its own';
  at: number;
}

/**
 * One process of the stack (Temporal dev server, API or worker) that the harness can kill -9 and
 * start again on the same port and state. Its output goes to `<runDir>/<name>.log`. If it exits
 * without being killed, that is recorded, its last lines are shown, and it is started again.
 */
export class Part {
  private process: Supervised | undefined;
  private killed = false;
  private stopping = false;
  private readonly logFile: WriteStream;
  private readonly listeners = new Set<(line: string) => void>();
  private starting: Promise<void> | undefined;

  constructor(
    readonly name: PartName,
    private readonly launch: (echo: (line: string) => void, onSpawn: (process: Supervised) => void) => Promise<Supervised>,
    private readonly events: PartEvent[],
    private readonly log: (line: string) => void,
    runDir: string,
  ) {
    this.logFile = createWriteStream(join(runDir, `${name}.log`), { flags: 'a' });
  }

  /** Starts it, retrying a start that fails (e.g. its port not yet released); resolves once it runs. */
  start(): Promise<void> {
    this.starting ??= (async () => {
      for (let attempt = 1; ; attempt++) {
        if (this.stopping) return;
        this.killed = false;
        try {
          const process = await this.launch((line) => this.echo(line), (spawned) => this.watch(spawned));
          this.watch(process);
          return;
        } catch (error) {
          if (this.stopping || attempt >= 10) throw error;
          this.log(`${this.name} did not start (${(error as Error).message}); trying again in 1s.`);
          await new Promise((resolve) => setTimeout(resolve, 1_000));
        }
      }
    })().finally(() => (this.starting = undefined));
    return this.starting;
  }

  /** `kill -9`: no grace, as a crash or an OOM kill would end it. */
  kill(): void {
    if (!this.process) return;
    this.killed = true;
    this.process.kill();
    this.events.push({ part: this.name, kind: 'killed', at: Date.now() });
  }

  async restart(): Promise<void> {
    await this.process?.exited;
    await this.start();
    this.events.push({ part: this.name, kind: 'restarted', at: Date.now() });
  }

  /** Resolves at the first output line containing `text` from now on. */
  waitForLine(text: string, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`${this.name} did not print "${text}" within ${timeoutMs / 1000}s (see ${this.logFile.path})`));
      }, timeoutMs);
      const listener = (line: string) => {
        if (!line.includes(text)) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve();
      };
      this.listeners.add(listener);
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.starting?.catch(() => undefined);
    await this.process?.stop();
    await new Promise((resolve) => this.logFile.end(resolve));
  }

  private echo(line: string): void {
    this.logFile.write(`${new Date().toISOString()} ${stripVTControlCharacters(line)}\n`); // no terminal colours in a file
    for (const listener of this.listeners) listener(line);
  }

  private watch(process: Supervised): void {
    if (this.process === process) return;
    this.process = process;
    void process.exited.then((code) => {
      // Killed by the harness, stopping, or a failed start that start() itself retries.
      if (this.process !== process || this.killed || this.stopping || this.starting) return;
      this.events.push({ part: this.name, kind: 'exited on its own', at: Date.now() });
      this.log(`${this.name} exited on its own (code ${code}); its last lines:`);
      for (const line of process.lastLines()) this.log(`  ${this.name} | ${line}`);
      this.log(`Starting ${this.name} again.`);
      setTimeout(() => void this.restart().catch((error: Error) => this.log(`${this.name} did not start again: ${error.message}`)), 1_000);
    });
  }
}

export interface StackOptions {
  runDir: string;
  temporalBinary: string;
  temporalPort: number;
  apiPort: number;
  env: NodeJS.ProcessEnv;
  events: PartEvent[];
  log: (line: string) => void;
}

/** The three killable parts, each on its own port; Temporal keeps its state in a SQLite file in the run folder. */
export function createParts(options: StackOptions): Record<PartName, Part> {
  const part = (name: PartName, launch: ConstructorParameters<typeof Part>[1]) => new Part(name, launch, options.events, options.log, options.runDir);
  const node = (name: PartName, entry: string) => part(name, async (echo) => superviseNode(name, entry, { cwd: repoRoot, env: options.env, echo }));
  return {
    temporal: part('temporal', async (echo, onSpawn) => (await startTemporalDevServer({
      binary: options.temporalBinary, port: options.temporalPort, dbFile: join(options.runDir, 'temporal.sqlite'), echo, onSpawn,
    })).process),
    api: node('api', 'apps/api/src/main.ts'),
    worker: node('worker', 'apps/worker/src/main.ts'),
  };
}
