// Entry point of the workflow bundle: every workflow the worker runs is exported here.
export { pingWorkflow } from './ping.workflow';
export { journeyWorkflow } from './journey/journey.workflow';
