import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A contact's event timeline (GET /contacts/:id/events) pages newest first over all event names. */
export class ContactTimeline1763901700000 implements MigrationInterface {
  name = 'ContactTimeline1763901700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX contact_events_contact_time ON contact_events (contact_id, occurred_at DESC, id DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX contact_events_contact_time`);
  }
}
