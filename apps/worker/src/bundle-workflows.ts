import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { runMain } from '@cascade/config';
import { WORKFLOWS_PATH } from '@cascade/workflows';

/** Bundles the workflow code ahead of time, so workers start in milliseconds (WORKFLOW_BUNDLE). */
export async function bundleWorkflows(outFile: string): Promise<string> {
  const { code } = await bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: quietLogger });
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, code);
  return outFile;
}

const silent = () => undefined;
const quietLogger = { trace: silent, debug: silent, info: silent, log: silent, warn: console.warn, error: console.error };

if (require.main === module) {
  runMain(async () => {
    const out = await bundleWorkflows(resolve(process.argv[2] ?? 'dist/workflow-bundle.js'));
    console.log(`Workflow bundle written to ${out}`);
  });
}
