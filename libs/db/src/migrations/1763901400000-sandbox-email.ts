import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The email sandbox (a loopback SMTP server) keeps what it received besides the text: the HTML part and the headers. */
export class SandboxEmail1763901400000 implements MigrationInterface {
  name = 'SandboxEmail1763901400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE sandbox_messages ADD COLUMN html text, ADD COLUMN headers jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE sandbox_messages DROP COLUMN html, DROP COLUMN headers`);
  }
}
