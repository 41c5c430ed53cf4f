import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type PingStatus = 'pending' | 'done';

/**
 * Walking skeleton: one row written by the API and completed by a workflow on the worker,
 * proving the API → Postgres → Temporal → worker chain. Replaced by the journey tables.
 */
@Entity({ name: 'pings' })
export class Ping {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  message!: string;

  @Column({ type: 'text', default: 'pending' })
  status!: PingStatus;

  @Column({ name: 'workflow_id', type: 'text', nullable: true })
  workflowId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;
}
