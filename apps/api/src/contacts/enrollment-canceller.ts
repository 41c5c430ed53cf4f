import { Injectable, Logger } from '@nestjs/common';
import { WorkflowNotFoundError } from '@temporalio/client';
import { DomainError } from '@cascade/errors';
import { cancelSignal } from '@cascade/workflows';
import { TemporalClient } from '../temporal/temporal.module';

/** Long enough for a healthy server, short enough to hold a contact's row lock. */
const SIGNAL_DEADLINE_MS = 5_000;

@Injectable()
export class EnrollmentCanceller {
  private readonly logger = new Logger(EnrollmentCanceller.name);

  constructor(private readonly temporal: TemporalClient) {}

  /**
   * Signals `cancel` to every workflow. One that has already ended (not found) needs nothing more;
   * any other failure means Temporal could not be told, so the caller must not go on.
   */
  async cancelAll(workflowIds: string[]): Promise<void> {
    if (workflowIds.length === 0) return;
    const { connection } = this.temporal;
    const deadline = Date.now() + SIGNAL_DEADLINE_MS;
    const results = await Promise.allSettled(
      workflowIds.map((workflowId) =>
        connection.withDeadline(deadline, () => this.temporal.workflow.getHandle(workflowId).signal(cancelSignal)),
      ),
    );
    const failures = results.flatMap((result) =>
      result.status === 'rejected' && !(result.reason instanceof WorkflowNotFoundError) ? [result.reason] : [],
    );
    if (failures.length === 0) return;
    this.logger.warn(`could not cancel ${failures.length} of ${workflowIds.length} workflows: ${(failures[0] as Error).message}`);
    throw new DomainError('unavailable', 'temporal_unavailable', 'Temporal is unavailable, so the contact\'s journeys cannot be cancelled; nothing was deleted');
  }
}
