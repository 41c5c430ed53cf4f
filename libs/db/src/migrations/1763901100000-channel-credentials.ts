import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A workspace's provider settings per channel (SMTP server, Twilio account...), encrypted by CredentialsCipher. */
export class ChannelCredentials1763901100000 implements MigrationInterface {
  name = 'ChannelCredentials1763901100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE channel_credentials (
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        channel text NOT NULL,
        sealed text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, channel)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE channel_credentials`);
  }
}
