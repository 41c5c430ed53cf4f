import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keyset pages of a journey's enrollments, newest first by (started_at, id), with or without a
 * status filter: the index walk stops after one page instead of sorting the journey's rows. Each old
 * index is a prefix of a new one, which serves its queries too, so it goes.
 * IF NOT EXISTS: on a large table an operator can build these CONCURRENTLY before the deploy, and
 * this migration then only drops the old ones, instead of blocking enrollment writes during the build.
 */
export class EnrollmentPages1763901000000 implements MigrationInterface {
  name = 'EnrollmentPages1763901000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE INDEX IF NOT EXISTS enrollments_journey_page ON enrollments (journey_id, started_at DESC, id DESC);
      CREATE INDEX IF NOT EXISTS enrollments_journey_status_page ON enrollments (journey_id, status, started_at DESC, id DESC);
      DROP INDEX enrollments_journey_started, enrollments_journey_status;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE INDEX enrollments_journey_started ON enrollments (journey_id, started_at DESC);
      CREATE INDEX enrollments_journey_status ON enrollments (journey_id, status);
      DROP INDEX enrollments_journey_page, enrollments_journey_status_page;
    `);
  }
}
