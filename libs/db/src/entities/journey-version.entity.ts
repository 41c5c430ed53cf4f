import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { JourneyGraph } from '@cascade/journey';

/** A published, immutable graph (a database trigger refuses updates). */
@Entity({ name: 'journey_versions' })
export class JourneyVersion {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'journey_id', type: 'uuid' }) journeyId!: string;
  @Column({ type: 'integer' }) version!: number;
  @Column({ type: 'jsonb' }) graph!: JourneyGraph;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @Column({ name: 'published_at', type: 'timestamptz', default: () => 'now()' }) publishedAt!: Date;
}
