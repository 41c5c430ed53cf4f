import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { JourneyGraph } from '@cascade/journey';

export type JourneyStatus = 'draft' | 'active' | 'paused' | 'archived';

@Entity({ name: 'journeys' })
export class Journey {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', default: 'draft' }) status!: JourneyStatus;
  @Column({ type: 'jsonb' }) draft!: JourneyGraph;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
