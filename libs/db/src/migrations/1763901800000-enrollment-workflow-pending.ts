import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An enrollment is stored `workflow_pending` until its workflow has started, so one whose start failed
 * (Temporal down, a process killed in between) is found and started later instead of staying orphaned.
 * Rows from before were started when they were stored.
 */
export class EnrollmentWorkflowPending1763901800000 implements MigrationInterface {
  name = 'EnrollmentWorkflowPending1763901800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE enrollments ADD COLUMN workflow_pending boolean NOT NULL DEFAULT false;
      CREATE INDEX enrollments_workflow_pending ON enrollments (started_at) WHERE workflow_pending;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX enrollments_workflow_pending; ALTER TABLE enrollments DROP COLUMN workflow_pending;`);
  }
}
