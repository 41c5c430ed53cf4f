import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The walking skeleton of the foundation is replaced by the journey API. */
export class DropPings1763900400000 implements MigrationInterface {
  name = 'DropPings1763900400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE pings');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE pings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        message text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done')),
        workflow_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz
      )`);
  }
}
