import { ConfigError } from './config';

/**
 * Runs a process entry point. A configuration or start-up problem that the operator must fix
 * ends the process with one line on stderr and exit code 1, never a stack trace.
 */
export function runMain(main: () => Promise<unknown>): void {
  main().catch((error: unknown) => {
    if (error instanceof ConfigError || error instanceof StartupError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exit(1);
  });
}

/** A start-up failure with an actionable one-line message (e.g. Postgres unreachable). */
export class StartupError extends Error {
  override name = 'StartupError';
}

/**
 * When started by the `npm start` launcher (an IPC channel is open), calls `leave` if the launcher
 * goes away, so no child is orphaned. The channel is unref'd so it never keeps the process alive.
 */
export function leaveWithParent(leave: () => void): void {
  if (!process.channel) return;
  process.channel.unref();
  process.once('disconnect', leave);
}
