import type { ChildProcess } from 'node:child_process';

/** Sends SIGTERM and, if the process is still alive after the grace period, SIGKILL. Resolves on exit. */
export function stopProcess(child: ChildProcess, graceMs = 10_000): Promise<void> {
  // Never spawned (pid undefined), or already gone: there is nothing to wait for.
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
