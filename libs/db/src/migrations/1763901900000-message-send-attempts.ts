import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How many times a message was handed to its provider. More than one means a send whose outcome was
 * unknown (the worker died between the provider's acceptance and recording it) was retried: the
 * recipient may have got it twice. It makes that residual window visible in traces.
 */
export class MessageSendAttempts1763901900000 implements MigrationInterface {
  name = 'MessageSendAttempts1763901900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE messages ADD COLUMN send_attempts integer NOT NULL DEFAULT 0`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE messages DROP COLUMN send_attempts`);
  }
}
