import { proxyActivities } from '@temporalio/workflow';

export interface DateTriggerActivities {
  sweepDateTriggers(input: { day: string }): Promise<{ journeys: number; enrolled: number }>;
}

const { sweepDateTriggers } = proxyActivities<DateTriggerActivities>({
  startToCloseTimeout: '30 minutes',
  retry: { initialInterval: '10 seconds', maximumInterval: '5 minutes' },
});

/** Run daily by a Temporal Schedule: enrolls the contacts whose date triggers fall on today (UTC). */
export async function dateTriggersWorkflow(): Promise<{ journeys: number; enrolled: number }> {
  return sweepDateTriggers({ day: new Date().toISOString().slice(0, 10) });
}
