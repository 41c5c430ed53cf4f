import { ScheduleAlreadyRunning, type Client } from '@temporalio/client';
import type { dateTriggersWorkflow } from '@cascade/workflows';

/** The daily Temporal Schedule of date triggers (00:05 UTC); creating it again is harmless. */
export async function ensureDateTriggerSchedule(client: Client, taskQueue: string): Promise<string> {
  const scheduleId = `date-triggers-${taskQueue}`;
  try {
    await client.schedule.create<typeof dateTriggersWorkflow>({
      scheduleId,
      spec: { calendars: [{ hour: 0, minute: 5, comment: 'daily, 00:05 UTC' }] },
      action: { type: 'startWorkflow', workflowType: 'dateTriggersWorkflow', taskQueue, args: [] },
    });
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
  }
  return scheduleId;
}
