import { enroll, type EnrollDependencies, type EnrollResult } from '../enrollment/enroll';
import type { PageProgress } from './broadcast-rows';

export interface PageInput {
  broadcastId: string;
  journeyId: string;
  /** In cursor order. */
  contactIds: string[];
  concurrency: number;
}

export interface PageResult extends PageProgress {
  /** Why the page stopped early (an enrollment failed); its remaining contacts wait for the next pass. */
  error?: string;
}

type Outcome = 'enrolled' | 'skipped' | { stop: string | null };

/**
 * Enrolls a page of contacts, a few at once, under the broadcast's trigger key, so a page redone after a
 * crash enrolls nobody twice. Counts only the unbroken run of contacts handled from the page's start:
 * when the journey stops being active (paused, archived) or an enrollment fails, the rest waits.
 */
export async function enrollPage(deps: EnrollDependencies, input: PageInput): Promise<PageResult> {
  const outcomes: Outcome[] = [];
  let next = 0;
  let stopped = false;
  const enrollNext = async () => {
    while (!stopped && next < input.contactIds.length) {
      const index = next++;
      outcomes[index] = await enroll(deps, { journeyId: input.journeyId, contactId: input.contactIds[index], triggerKey: `broadcast:${input.broadcastId}` })
        .then(outcomeOf, (error: Error) => ({ stop: error.message }));
      if (typeof outcomes[index] === 'object') stopped = true;
    }
  };
  await Promise.all(Array.from({ length: Math.min(input.concurrency, input.contactIds.length) }, enrollNext));

  const handled: ('enrolled' | 'skipped')[] = [];
  let error: string | undefined;
  for (const outcome of outcomes) {
    if (outcome === undefined) break;
    if (typeof outcome === 'object') {
      error = outcome.stop ?? undefined;
      break;
    }
    handled.push(outcome);
  }
  return {
    lastContactId: handled.length ? input.contactIds[handled.length - 1] : null,
    enrolled: handled.filter((outcome) => outcome === 'enrolled').length,
    skipped: handled.filter((outcome) => outcome === 'skipped').length,
    ...(error === undefined ? {} : { error }),
  };
}

function outcomeOf(result: EnrollResult): Outcome {
  // Enrolled by this broadcast in a pass that died before recording its page: still counted as enrolled.
  if (result.enrollmentId !== null) return result.created || result.triggered ? 'enrolled' : 'skipped';
  if (result.skipped === 'journey_not_active') return { stop: null };
  return 'skipped';
}
