import { proxyActivities } from '@temporalio/workflow';
import type { PingActivities } from './ping.activities';

const { completePing } = proxyActivities<PingActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { maximumAttempts: 5 },
});

export interface PingWorkflowInput {
  pingId: string;
}

/** Walking skeleton: completes one ping row through an activity. Replaced by the journey workflow. */
export async function pingWorkflow(input: PingWorkflowInput): Promise<{ pingId: string; completedAt: string }> {
  const { completedAt } = await completePing({ pingId: input.pingId });
  return { pingId: input.pingId, completedAt };
}
