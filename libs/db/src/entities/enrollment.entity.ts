import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type EnrollmentStatus = 'active' | 'completed' | 'exited' | 'converted' | 'cancelled' | 'failed';

/** One contact's pass through one published journey version: one workflow. */
@Entity({ name: 'enrollments' })
export class Enrollment {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'journey_id', type: 'uuid' }) journeyId!: string;
  @Column({ name: 'version_id', type: 'uuid' }) versionId!: string;
  @Column({ name: 'contact_id', type: 'uuid' }) contactId!: string;
  @Column({ type: 'text', default: 'active' }) status!: EnrollmentStatus;
  @Column({ name: 'workflow_id', type: 'text' }) workflowId!: string;
  @Column({ name: 'trigger_event', type: 'jsonb', nullable: true }) triggerEvent!: Record<string, unknown> | null;
  @Column({ name: 'exit_reason', type: 'text', nullable: true }) exitReason!: string | null;
  @Column({ name: 'last_node_id', type: 'text', nullable: true }) lastNodeId!: string | null;
  /** Stored before its workflow started; the worker's EnrollmentStarter starts it if nobody did. */
  @Column({ name: 'workflow_pending', type: 'boolean', default: false }) workflowPending!: boolean;
  @Column({ name: 'trigger_key', type: 'text', nullable: true }) triggerKey!: string | null;
  @Column({ name: 'started_at', type: 'timestamptz', default: () => 'now()' }) startedAt!: Date;
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true }) endedAt!: Date | null;
}
