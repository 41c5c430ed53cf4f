import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { workflowId, type journeyWorkflow } from '@cascade/workflows';
import type { EnrollDependencies } from './enroll';

/**
 * Starts an enrollment's workflow, then clears its `workflow_pending` mark. Idempotent: an enrollment
 * runs once, and a workflow that exists (running or closed) is never started again from the beginning.
 */
export async function startEnrollmentWorkflow(deps: EnrollDependencies, enrollmentId: string): Promise<void> {
  try {
    await deps.client.workflow.start<typeof journeyWorkflow>('journeyWorkflow', {
      workflowId: workflowId.enrollment(enrollmentId),
      taskQueue: deps.taskQueue,
      args: [{ enrollmentId }],
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
  await deps.dataSource.query(`UPDATE enrollments SET workflow_pending = false WHERE id = $1 AND workflow_pending`, [enrollmentId]);
}
