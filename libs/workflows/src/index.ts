// Clients import workflow *types* only; the worker bundles `workflows.ts`.
export type { pingWorkflow, PingWorkflowInput } from './ping.workflow';
export type { PingActivities } from './ping.activities';
export const WORKFLOWS_PATH = require.resolve('./workflows');
export const workflowId = {
  ping: (pingId: string) => `ping-${pingId}`,
};
