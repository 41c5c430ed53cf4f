import { Client as PgClient } from 'pg';

export interface WorkLoopOptions {
  databaseUrl: string;
  /** NOTIFY channel that announces new work. */
  channel: string;
  /** Sweep interval, for work no notification announced (e.g. stored while no worker ran). */
  pollMs?: number;
  /** One pass; true when it did work and another pass should follow at once. */
  pass: () => Promise<boolean>;
  log: (line: string) => void;
}

/**
 * Runs passes one at a time when Postgres announces work (LISTEN) and on a timer. A failed pass is
 * logged and retried later, never fatal; stop() waits for the running pass.
 */
export class WorkLoop {
  private listener: PgClient | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private again = false;
  private stopped = false;

  constructor(private readonly options: WorkLoopOptions) {}

  async start(): Promise<void> {
    this.listener = new PgClient({ connectionString: this.options.databaseUrl });
    await this.listener.connect();
    this.listener.on('notification', () => this.wake());
    this.listener.on('error', (error) => this.options.log(`${this.options.channel} listener: ${error.message}`));
    await this.listener.query(`LISTEN ${this.options.channel}`);
    this.timer = setInterval(() => this.wake(), this.options.pollMs ?? 1_000);
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
    await this.listener?.end().catch(() => undefined);
  }

  /** A wake-up during a pass schedules one more. */
  private wake(): void {
    if (this.stopped) return;
    this.again = true;
    this.running = this.running.then(async () => {
      while (this.again && !this.stopped) {
        this.again = false;
        try {
          if (await this.options.pass()) this.again = true;
        } catch (error) {
          this.options.log(`${this.options.channel} pass failed, will retry: ${(error as Error).message}`);
        }
      }
    });
  }
}
