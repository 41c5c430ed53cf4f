import { performance } from 'node:perf_hooks';

/** What `run` returned and how long it took, in seconds. */
export async function timed<T>(run: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await run();
  return { value, seconds: (performance.now() - started) / 1_000 };
}
