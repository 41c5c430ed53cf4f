import type { EnrollDependencies } from './enroll';
import { startEnrollmentWorkflow } from './start-enrollment-workflow';
import { WorkLoop } from '../work-loop';

export interface EnrollmentStarterOptions extends EnrollDependencies {
  databaseUrl: string;
  /** Sweep interval. */
  pollMs?: number;
  /** Left alone this long after being stored, for the enroll() call that stored it to start it itself. */
  graceSeconds?: number;
  log?: (line: string) => void;
}

const BATCH = 100;

/**
 * Starts the workflows of enrollments stored without one: the start failed (Temporal down) or the
 * process that stored them died first. So an enrollment row never stays without its workflow.
 */
export class EnrollmentStarter {
  private readonly loop: WorkLoop;

  constructor(private readonly options: EnrollmentStarterOptions) {
    this.loop = new WorkLoop({
      databaseUrl: options.databaseUrl, channel: 'cascade_enrollments', pollMs: options.pollMs ?? 5_000,
      log: (line) => (options.log ?? console.error)(line),
      pass: async () => (await this.startPending()) === BATCH,
    });
  }

  start(): Promise<void> {
    return this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Starts one batch of pending workflows, oldest first; the first failure (Temporal down) ends the pass. */
  async startPending(): Promise<number> {
    const pending: { id: string }[] = await this.options.dataSource.query(
      `SELECT id FROM enrollments WHERE workflow_pending AND status = 'active' AND started_at < now() - make_interval(secs => $1)
       ORDER BY started_at LIMIT $2`,
      [this.options.graceSeconds ?? 10, BATCH],
    );
    for (const { id } of pending) await startEnrollmentWorkflow(this.options, id);
    return pending.length;
  }
}
