import { join } from 'node:path';
import { bundleWorkflows } from '@cascade/worker';
import { freePort } from '@cascade/testing';
import { repoRoot } from '../paths';
import { ensureTemporalCli } from '../temporal/cli';
import { startTemporalDevServer, type DevServer } from '../temporal/dev-server';

declare global {
  var __cascadeTemporal: DevServer | undefined;
}

/**
 * Once per `jest` run: a Temporal dev server (in memory, on a free port) unless TEMPORAL_ADDRESS
 * names one, and the workflow bundle. Test files reach both through @cascade/testing.
 */
export default async function globalSetup(): Promise<void> {
  const bundle = bundleWorkflows(join(repoRoot, '.data', 'test', `workflow-bundle-${process.pid}.js`));
  if (process.env.TEMPORAL_ADDRESS) {
    process.env.CASCADE_TEST_TEMPORAL_ADDRESS = process.env.TEMPORAL_ADDRESS;
  } else {
    const binary = await ensureTemporalCli((line) => process.stderr.write(`${line}\n`));
    globalThis.__cascadeTemporal = await startTemporalDevServer({ binary, port: await freePort() });
    process.env.CASCADE_TEST_TEMPORAL_ADDRESS = globalThis.__cascadeTemporal.address;
  }
  process.env.CASCADE_TEST_WORKFLOW_BUNDLE = await bundle;
}
