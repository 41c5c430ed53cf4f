import type { ContactPool } from './contact-pool';

export interface TrafficOptions {
  apiUrl: string;
  apiKey: string;
  /** Events per second. */
  rate: number;
  pool: ContactPool;
  /** Of these event messageIds, those settled (see ContactPool). */
  settled: (messageIds: string[]) => Promise<string[]>;
  eventName: string;
  /** Prefix of the events' messageIds, unique per run. */
  runId: string;
  log: (line: string) => void;
}

const REQUEST_TIMEOUT_MS = 5_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Posts events at a steady rate, each to the contact free the longest, like a client with a retry
 * queue: a refused, failed or timed-out request is sent again with the same messageId (backoff
 * 250 ms doubling to 2 s) until the API acknowledges it (202). A 4xx other than 408/429 is a bug
 * in the harness and is not retried.
 */
export class Traffic {
  /** messageIds the API acknowledged. */
  readonly acknowledged = new Set<string>();
  posted = 0;
  retried = 0;
  readonly rejected: string[] = [];
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly options: TrafficOptions) {}

  /** Posts `rate` events a second until `stopped()`; resolves when it stops posting new ones. */
  async run(stopped: () => boolean): Promise<void> {
    const { pool, settled, rate, runId } = this.options;
    const refreshing = (async () => {
      while (!stopped()) {
        await pool.refresh(settled).catch((error: Error) => this.options.log(`Reading which events are settled failed: ${error.message}`));
        await sleep(1_000);
      }
    })();
    const started = Date.now();
    for (let seq = 0; !stopped(); seq++) {
      const due = started + (seq * 1_000) / rate;
      if (due > Date.now()) await sleep(due - Date.now());
      if (stopped()) break;
      const messageId = `${runId}-${seq}`;
      const delivery = this.deliver(messageId, `chaos-${pool.take(messageId)}`, seq);
      this.inFlight.add(delivery);
      void delivery.finally(() => this.inFlight.delete(delivery));
    }
    await refreshing;
  }

  /** Waits for the events still being retried to be acknowledged; false if some are not within `timeoutMs`. */
  async drain(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.inFlight.size > 0 && Date.now() < deadline) await sleep(200);
    return this.inFlight.size === 0;
  }

  get pending(): number {
    return this.inFlight.size;
  }

  private async deliver(messageId: string, externalId: string, seq: number): Promise<void> {
    this.posted += 1;
    const body = JSON.stringify({ externalId, name: this.options.eventName, messageId, properties: { seq } });
    for (let attempt = 0, backoff = 250; ; attempt++, backoff = Math.min(backoff * 2, 2_000)) {
      if (attempt > 0) {
        this.retried += 1;
        await sleep(backoff);
      }
      const status = await fetch(`${this.options.apiUrl}/api/v1/events`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${this.options.apiKey}` },
        body,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      }).then(async (response) => {
        await response.arrayBuffer(); // read to the end, so the connection is reused
        return response.status;
      }, () => 0); // refused, reset or timed out
      if (status >= 200 && status < 300) {
        this.acknowledged.add(messageId);
        return;
      }
      if (status >= 400 && status < 500 && status !== 408 && status !== 429) {
        this.rejected.push(messageId);
        this.options.pool.settle([messageId]); // never stored: its contact is not waiting for it
        if (this.rejected.length === 1) this.options.log(`The API refused an event with ${status}; such events are not retried.`);
        return;
      }
    }
  }
}
