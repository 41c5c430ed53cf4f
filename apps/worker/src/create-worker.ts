import { NativeConnection, Worker } from '@temporalio/worker';
import { WORKFLOWS_PATH } from '@cascade/workflows';
import { createActivities, type ActivityDependencies } from './activities';

export interface WorkerOptions extends ActivityDependencies {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  /** Path of a bundle from `npm run build:workflows`; without it the code is bundled now (seconds). */
  workflowBundlePath?: string;
  /** Replaces the activities built from the dependencies (tests wrap them to inject faults). */
  activities?: ReturnType<typeof createActivities>;
}

export function createWorker(options: WorkerOptions): Promise<Worker> {
  const { connection, namespace, taskQueue, workflowBundlePath, activities: _activities, ...deps } = options;
  return Worker.create({
    connection,
    namespace,
    taskQueue,
    ...(workflowBundlePath ? { workflowBundle: { codePath: workflowBundlePath } } : { workflowsPath: WORKFLOWS_PATH }),
    activities: options.activities ?? createActivities(deps),
  });
}
