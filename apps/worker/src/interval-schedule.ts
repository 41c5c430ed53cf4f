import { ScheduleAlreadyRunning, type Client } from '@temporalio/client';

/**
 * A Temporal Schedule starting `workflowType` (no arguments) every `every` on `taskQueue`; a run still
 * going when the next is due makes it skip. Creating it again is harmless.
 */
export async function ensureIntervalSchedule(
  client: Client,
  { name, every, workflowType, taskQueue }: { name: string; every: string; workflowType: string; taskQueue: string },
): Promise<string> {
  const scheduleId = `${name}-${taskQueue}`;
  try {
    await client.schedule.create({
      scheduleId,
      spec: { intervals: [{ every }] },
      action: { type: 'startWorkflow', workflowType, taskQueue, args: [] },
    });
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
  }
  return scheduleId;
}
