import type { Client } from '@temporalio/client';
import { ensureIntervalSchedule } from './interval-schedule';

/** Split winner rules checked every 5 minutes: a winner starts getting new contacts at most that late. */
export function ensureSplitWinnersSchedule(client: Client, taskQueue: string): Promise<string> {
  return ensureIntervalSchedule(client, { name: 'split-winners', every: '5 minutes', workflowType: 'splitWinnersWorkflow', taskQueue });
}
