import { Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';

export interface BackoffOptions {
  log: (line: string) => void;
  /** The first wait; doubled after each failure, up to `maxDelayMs`. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** What to say about the attempts: `failed` before each failure's reason, `succeeded` once it worked after failures. */
export interface BackoffLines {
  failed: string;
  succeeded: string;
}

/**
 * Calls `attempt` until it succeeds, waiting 1 s, 2 s, 4 s... (at most 15 s) between tries, with a
 * line for each failure, e.g. `Cannot connect to Temporal at ...: <reason>. Retrying in 4s (attempt 3).`
 */
export async function withBackoff<T>(attempt: () => Promise<T>, lines: BackoffLines, options: BackoffOptions): Promise<T> {
  const { log, initialDelayMs = 1_000, maxDelayMs = 15_000, sleep = pause } = options;
  let delay = initialDelayMs;
  for (let tries = 1; ; tries++) {
    try {
      const result = await attempt();
      if (tries > 1) log(`${lines.succeeded} after ${tries} attempts.`);
      return result;
    } catch (error) {
      log(`${lines.failed}: ${(error as Error).message}. Retrying in ${formatSeconds(delay)} (attempt ${tries}).`);
      await sleep(delay);
      delay = Math.min(delay * 2, maxDelayMs);
    }
  }
}

/**
 * The worker's two connections to Temporal (its own, and the client's for starting workflows and
 * schedules). Temporal unreachable at start is waited out with backoff, as the API does with its lazy
 * client, so a worker restarted during a Temporal outage heals by itself once Temporal is back.
 */
export async function connectTemporal(address: string, options: BackoffOptions): Promise<{ native: NativeConnection; client: Connection }> {
  return withBackoff(async () => {
    const native = await NativeConnection.connect({ address }).catch((error: Error) => {
      throw new Error(plainReason(error));
    });
    try {
      return { native, client: await Connection.connect({ address }) };
    } catch (error) {
      await native.close().catch(() => undefined);
      throw error;
    }
  }, { failed: `Cannot connect to Temporal at ${address}`, succeeded: `Connected to Temporal at ${address}` }, options);
}

/** The native connection's errors are Rust debug output; the OS's own words ("Connection refused") say it best. */
function plainReason(error: Error): string {
  return /(?:message|error): "([^"]+)"/.exec(error.message)?.[1] ?? error.message;
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))}s`;
}
