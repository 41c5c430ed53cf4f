import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Provider callbacks name a message by the provider's id (e.g. Twilio's MessageSid): find it by index. */
export class DeliveryReports1763900800000 implements MigrationInterface {
  name = 'DeliveryReports1763900800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX messages_by_provider_id ON messages (channel, provider_message_id) WHERE provider_message_id IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX messages_by_provider_id`);
  }
}
