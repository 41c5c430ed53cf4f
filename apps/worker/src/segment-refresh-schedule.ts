import type { Client } from '@temporalio/client';
import { ensureIntervalSchedule } from './interval-schedule';

/** Segments refreshed every 15 minutes: what events do not re-evaluate (time passing) is at most that late. */
export function ensureSegmentRefreshSchedule(client: Client, taskQueue: string): Promise<string> {
  return ensureIntervalSchedule(client, { name: 'segment-refresh', every: '15 minutes', workflowType: 'segmentRefreshWorkflow', taskQueue });
}
