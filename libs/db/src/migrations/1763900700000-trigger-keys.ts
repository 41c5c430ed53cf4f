import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A date trigger enrolls a contact once per date: the key ("date:2027-02-01") is unique per journey and contact. */
export class TriggerKeys1763900700000 implements MigrationInterface {
  name = 'TriggerKeys1763900700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE enrollments ADD COLUMN trigger_key text;
      CREATE UNIQUE INDEX enrollments_once_per_trigger_key ON enrollments (journey_id, contact_id, trigger_key) WHERE trigger_key IS NOT NULL;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX enrollments_once_per_trigger_key; ALTER TABLE enrollments DROP COLUMN trigger_key;`);
  }
}
