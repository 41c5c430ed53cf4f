import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Message templates (Liquid) per channel; a name is unique in its workspace. */
export class Templates1763901200000 implements MigrationInterface {
  name = 'Templates1763901200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE templates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        name text NOT NULL,
        channel text NOT NULL,
        subject text,
        body text NOT NULL,
        html text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (workspace_id, name)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE templates`);
  }
}
