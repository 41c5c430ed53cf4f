import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Workspaces own everything; API keys are stored as a lookup prefix and a SHA-256 hash only. */
export class Workspaces1763900200000 implements MigrationInterface {
  name = 'Workspaces1763900200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE workspaces (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        prefix text NOT NULL UNIQUE,
        secret_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      );

      ALTER TABLE contacts ADD COLUMN workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE;
      ALTER TABLE contacts DROP CONSTRAINT contacts_external_id_key;
      ALTER TABLE contacts ADD CONSTRAINT contacts_workspace_external_id UNIQUE (workspace_id, external_id);
      ALTER TABLE journeys ADD COLUMN workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE;
      CREATE INDEX journeys_workspace ON journeys (workspace_id);
      ALTER TABLE contact_events ADD COLUMN workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE;
      ALTER TABLE contact_events DROP CONSTRAINT contact_events_message_id_key;
      ALTER TABLE contact_events ADD CONSTRAINT contact_events_workspace_message_id UNIQUE (workspace_id, message_id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE contact_events DROP COLUMN workspace_id;
      ALTER TABLE contact_events ADD CONSTRAINT contact_events_message_id_key UNIQUE (message_id);
      ALTER TABLE journeys DROP COLUMN workspace_id;
      ALTER TABLE contacts DROP COLUMN workspace_id;
      ALTER TABLE contacts ADD CONSTRAINT contacts_external_id_key UNIQUE (external_id);
      DROP TABLE api_keys, workspaces;
    `);
  }
}
