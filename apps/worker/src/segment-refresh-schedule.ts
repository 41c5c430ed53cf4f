import { ScheduleAlreadyRunning, type Client } from '@temporalio/client';
import type { segmentRefreshWorkflow } from '@cascade/workflows';

/**
 * The Temporal Schedule refreshing segments every 15 minutes: what events do not re-evaluate
 * (time passing) is at most that late. A run still going when the next is due makes it skip.
 */
export async function ensureSegmentRefreshSchedule(client: Client, taskQueue: string): Promise<string> {
  const scheduleId = `segment-refresh-${taskQueue}`;
  try {
    await client.schedule.create<typeof segmentRefreshWorkflow>({
      scheduleId,
      spec: { intervals: [{ every: '15 minutes' }] },
      action: { type: 'startWorkflow', workflowType: 'segmentRefreshWorkflow', taskQueue, args: [] },
    });
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
  }
  return scheduleId;
}
