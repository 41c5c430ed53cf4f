import { ApplicationFailure } from '@temporalio/common';
import type { JourneyActivities } from '@cascade/workflows';
import { createCallWebhook } from './call-webhook.activity';
import { createEnrollmentActivities } from './enrollment.activities';
import { createLoadSplitWinner } from './load-split-winner.activity';
import { createRecordStepEvents } from './record-step-events.activity';
import { createSendMessage, type SendMessageDependencies } from './send-message.activity';

export function createJourneyActivities(deps: SendMessageDependencies): JourneyActivities {
  const activities: JourneyActivities = {
    ...createEnrollmentActivities(deps),
    sendMessage: createSendMessage(deps),
    recordStepEvents: createRecordStepEvents(deps),
    callWebhook: createCallWebhook(deps.fetch),
    loadSplitWinner: createLoadSplitWinner(deps),
  };
  return Object.fromEntries(
    Object.entries(activities).map(([name, activity]) => [name, giveUpWhenErased(activity as (input: never) => Promise<unknown>)]),
  ) as unknown as JourneyActivities;
}

/** A contact erased while its journey ran (DELETE /contacts/:id): retrying cannot help, so the activity fails for good. */
function giveUpWhenErased<I, O>(activity: (input: I) => Promise<O>): (input: I) => Promise<O> {
  return async (input) => {
    try {
      return await activity(input);
    } catch (error) {
      if ((error as { code?: string }).code !== FOREIGN_KEY_VIOLATION) throw error;
      throw ApplicationFailure.nonRetryable('the contact or its enrollment was erased', 'Erased');
    }
  };
}

const FOREIGN_KEY_VIOLATION = '23503';
