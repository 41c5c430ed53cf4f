import { randomBytes } from 'node:crypto';

export interface TestTemporal {
  address: string;
  namespace: string;
  /** Prebuilt workflow bundle, so each test's worker starts in milliseconds. */
  workflowBundle: string;
}

/** The Temporal dev server that tools/jest/global-setup started (or TEMPORAL_ADDRESS) for this run. */
export function testTemporal(): TestTemporal {
  const address = process.env.CASCADE_TEST_TEMPORAL_ADDRESS;
  const workflowBundle = process.env.CASCADE_TEST_WORKFLOW_BUNDLE;
  if (!address || !workflowBundle) throw new Error('Run tests through jest (npm test): the global setup provides Temporal.');
  return { address, namespace: 'default', workflowBundle };
}

/** A task queue nobody else polls, so parallel test files never pick up each other's tasks. */
export function uniqueTaskQueue(prefix = 'test'): string {
  return `${prefix}-${randomBytes(6).toString('hex')}`;
}
