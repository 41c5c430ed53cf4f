import { rm } from 'node:fs/promises';

export default async function globalTeardown(): Promise<void> {
  await globalThis.__cascadeTemporal?.stop();
  if (process.env.CASCADE_TEST_WORKFLOW_BUNDLE) await rm(process.env.CASCADE_TEST_WORKFLOW_BUNDLE, { force: true });
}
