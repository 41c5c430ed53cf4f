// Clients import workflow *types* and the shared signal/query definitions; the worker bundles `workflows.ts`.
export type { journeyWorkflow, JourneyWorkflowInput, JourneyCarry } from './journey/journey.workflow';
export type { JourneyActivities, EnrollmentSnapshot, SendMessageInput, StepEventBatch } from './journey/journey.activities';
export { contactEventSignal, deliveryStatusSignal, cancelSignal, journeyStateQuery, type JourneyState } from './journey/journey.signals';
export type { dateTriggersWorkflow, DateTriggerActivities } from './date-triggers.workflow';
export type { segmentRefreshWorkflow, SegmentRefreshActivities } from './segment-refresh.workflow';
export type { splitWinnersWorkflow, SplitWinnerActivities } from './split-winners.workflow';
export const WORKFLOWS_PATH = require.resolve('./workflows');
export const workflowId = {
  enrollment: (enrollmentId: string) => `enrollment-${enrollmentId}`,
};
