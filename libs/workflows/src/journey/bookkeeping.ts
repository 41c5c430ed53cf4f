import { patched, proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { JourneyActivities } from './journey.activities';

export interface Bookkeeping {
  activities: Pick<JourneyActivities, 'loadEnrollment' | 'completeEnrollment' | 'recordStepEvents'>;
  /** Before the patch, step events were written before every node, not only before waits. */
  flushBeforeEveryNode: boolean;
}

const options = {
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
} as const;

/**
 * Loading the enrollment, writing step events and completing it: quick, idempotent database work.
 * Since patch "local-bookkeeping" they are local activities, which spare a task round trip each,
 * and step events are written before waits only (see tools/bench/engine); workflows started
 * before the patch replay as they ran.
 * Call once, at the start of the workflow.
 */
export function bookkeepingActivities(): Bookkeeping {
  return patched('local-bookkeeping')
    ? { activities: proxyLocalActivities<Bookkeeping['activities']>(options), flushBeforeEveryNode: false }
    : { activities: proxyActivities<Bookkeeping['activities']>(options), flushBeforeEveryNode: true };
}
