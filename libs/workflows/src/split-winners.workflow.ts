import { proxyActivities } from '@temporalio/workflow';

export interface SplitWinnerActivities {
  decideSplitWinners(): Promise<{ decided: number }>;
}

const { decideSplitWinners } = proxyActivities<SplitWinnerActivities>({
  startToCloseTimeout: '30 minutes',
  retry: { initialInterval: '30 seconds', maximumInterval: '10 minutes' },
});

/** Run by a Temporal Schedule: applies the split winner rules of active journeys (libs/engine decideSplitWinners). */
export async function splitWinnersWorkflow(): Promise<{ decided: number }> {
  return decideSplitWinners();
}
