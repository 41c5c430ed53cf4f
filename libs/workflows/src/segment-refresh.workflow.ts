import { proxyActivities } from '@temporalio/workflow';

export interface SegmentRefreshActivities {
  refreshSegments(): Promise<{ workspaces: number; entered: number; exited: number }>;
}

const { refreshSegments } = proxyActivities<SegmentRefreshActivities>({
  startToCloseTimeout: '2 hours',
  heartbeatTimeout: '5 minutes',
  retry: { initialInterval: '30 seconds', maximumInterval: '10 minutes' },
});

/**
 * Run by a Temporal Schedule: recomputes RFM and lifecycle scores and every segment, so changes
 * caused only by time passing (no event) enter and leave segments too.
 */
export async function segmentRefreshWorkflow(): Promise<{ workspaces: number; entered: number; exited: number }> {
  return refreshSegments();
}
