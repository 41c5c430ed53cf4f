import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A workspace's frequency caps and quiet hours (MessagingRules in @cascade/journey), and what the
 * send-time check reads: a contact's recent marketing sends. Transactional messages are not counted.
 */
export class MessagingRules1763901300000 implements MigrationInterface {
  name = 'MessagingRules1763901300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE messaging_rules (
        workspace_id uuid PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
        rules jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      ALTER TABLE messages ADD COLUMN transactional boolean NOT NULL DEFAULT false;
      CREATE INDEX messages_contact_marketing_sent ON messages (contact_id, sent_at) WHERE NOT transactional;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX messages_contact_marketing_sent;
      ALTER TABLE messages DROP COLUMN transactional;
      DROP TABLE messaging_rules;
    `);
  }
}
