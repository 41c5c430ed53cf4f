// Entry point of the workflow bundle: every workflow the worker runs is exported here.
export { journeyWorkflow } from './journey/journey.workflow';
export { dateTriggersWorkflow } from './date-triggers.workflow';
export { segmentRefreshWorkflow } from './segment-refresh.workflow';
export { splitWinnersWorkflow } from './split-winners.workflow';
