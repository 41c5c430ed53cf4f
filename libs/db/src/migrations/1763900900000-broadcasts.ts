import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Broadcast triggers: one row per journey (a broadcast goes out once), which the worker works
 * through a page of contacts at a time, contacts ordered by id, the cursor being the last one handled.
 */
export class Broadcasts1763900900000 implements MigrationInterface {
  name = 'Broadcasts1763900900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE broadcasts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        journey_id uuid NOT NULL UNIQUE REFERENCES journeys(id) ON DELETE CASCADE,
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        version_id uuid NOT NULL REFERENCES journey_versions(id),
        status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'running', 'done', 'cancelled')),
        scheduled_at timestamptz NOT NULL,
        rate_per_second integer NOT NULL CHECK (rate_per_second BETWEEN 1 AND 1000),
        cursor uuid,
        total integer,
        enrolled integer NOT NULL DEFAULT 0,
        skipped integer NOT NULL DEFAULT 0,
        next_page_at timestamptz,
        started_at timestamptz,
        finished_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      -- next_page_at, once set, is never before scheduled_at: the one expression says when a broadcast is due.
      CREATE INDEX broadcasts_due ON broadcasts ((coalesce(next_page_at, scheduled_at))) WHERE status IN ('scheduled', 'running');
      -- A broadcast pages a workspace's contacts by id.
      CREATE INDEX contacts_workspace_id ON contacts (workspace_id, id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX contacts_workspace_id; DROP TABLE broadcasts;');
  }
}
