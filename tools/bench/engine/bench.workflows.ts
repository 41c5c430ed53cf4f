// The benchmark's workflow bundle: the product's workflows plus a bare baseline.
import { proxyActivities } from '@temporalio/workflow';

export * from '@cascade/workflows/src/workflows';

const { noop } = proxyActivities<{ noop(): Promise<void> }>({ startToCloseTimeout: '10 seconds' });

/** K no-op activities in sequence: what Temporal itself costs per step. */
export async function noopWorkflow(steps: number): Promise<void> {
  for (let i = 0; i < steps; i++) await noop();
}
