import type { PartName } from './args';
import type { Part } from './parts';

export interface KillOptions {
  parts: Record<PartName, Part>;
  /** Which parts may be killed; one is drawn at random for each kill. */
  targets: PartName[];
  /** How many kills at most. */
  count: number;
  log: (line: string) => void;
  random?: () => number;
}

/**
 * Every 10–40 s, `kill -9` a random part and start it again 1–5 s later, until `signal` aborts
 * (then a part that is down is still started again before this resolves) or `count` kills are done.
 */
export async function killAtRandom(options: KillOptions, signal: AbortSignal): Promise<void> {
  const random = options.random ?? Math.random;
  const between = (low: number, high: number) => low + random() * (high - low);
  for (let done = 0; done < options.count && options.targets.length > 0; done++) {
    if (!(await pause(between(10_000, 40_000), signal))) return;
    const name = options.targets[Math.floor(random() * options.targets.length)];
    const part = options.parts[name];
    options.log(`kill -9 ${name}`);
    part.kill();
    await pause(between(1_000, 5_000)); // not cut short: the part stays down as long as drawn
    await part.restart();
    options.log(`${name} started again`);
  }
}

/** Waits `ms`; false if the signal aborted first. */
function pause(ms: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', aborted);
      resolve(true);
    }, ms);
    const aborted = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal?.addEventListener('abort', aborted, { once: true });
  });
}
