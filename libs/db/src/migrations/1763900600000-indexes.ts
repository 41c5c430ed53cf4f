import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Indexes for contact paging and deletes, outbox cascades and enrollment lists on large workspaces. */
export class Indexes1763900600000 implements MigrationInterface {
  name = 'Indexes1763900600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE INDEX contacts_workspace_created ON contacts (workspace_id, created_at, id);
      CREATE INDEX messages_contact ON messages (contact_id);
      CREATE INDEX event_outbox_event ON event_outbox (event_id);
      CREATE INDEX enrollments_journey_started ON enrollments (journey_id, started_at DESC);
      CREATE INDEX contact_events_contact ON contact_events (contact_id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX contacts_workspace_created, messages_contact, event_outbox_event, enrollments_journey_started, contact_events_contact;
    `);
  }
}
