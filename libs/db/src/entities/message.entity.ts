import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A message, written before the provider is called; its id is deterministic (see messageId in libs/journey). */
@Entity({ name: 'messages' })
export class Message {
  @PrimaryColumn({ type: 'text' }) id!: string;
  @Column({ name: 'enrollment_id', type: 'uuid' }) enrollmentId!: string;
  @Column({ name: 'contact_id', type: 'uuid' }) contactId!: string;
  @Column({ name: 'journey_id', type: 'uuid' }) journeyId!: string;
  @Column({ name: 'node_id', type: 'text' }) nodeId!: string;
  @Column({ type: 'integer' }) step!: number;
  @Column({ type: 'text' }) channel!: string;
  @Column({ name: 'template_id', type: 'text', nullable: true }) templateId!: string | null;
  @Column({ type: 'jsonb', nullable: true }) content!: Record<string, unknown> | null;
  @Column({ type: 'text', default: 'pending' }) status!: string;
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  @Column({ name: 'provider_message_id', type: 'text', nullable: true }) providerMessageId!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt!: Date | null;
}
