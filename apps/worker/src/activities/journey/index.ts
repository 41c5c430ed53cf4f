import type { DataSource } from 'typeorm';
import type { ChannelRegistry } from '@cascade/channels';
import type { JourneyActivities } from '@cascade/workflows';
import { callWebhook } from './call-webhook.activity';
import { createEnrollmentActivities } from './enrollment.activities';
import { createRecordStepEvents } from './record-step-events.activity';
import { createSendMessage } from './send-message.activity';

export function createJourneyActivities(deps: { dataSource: DataSource; channels: ChannelRegistry }): JourneyActivities {
  return {
    ...createEnrollmentActivities(deps),
    sendMessage: createSendMessage(deps),
    recordStepEvents: createRecordStepEvents(deps),
    callWebhook,
  };
}
