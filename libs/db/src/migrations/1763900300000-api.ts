import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What the journey API adds: notes on versions, and the outbox that carries events to the dispatcher. */
export class Api1763900300000 implements MigrationInterface {
  name = 'Api1763900300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE journey_versions ADD COLUMN note text;
      -- Written in the transaction that stores an event: nothing acknowledged is ever lost, even
      -- when Temporal or the worker is down. The dispatcher deletes a row once it is routed.
      CREATE TABLE event_outbox (
        id bigserial PRIMARY KEY,
        event_id uuid NOT NULL REFERENCES contact_events(id) ON DELETE CASCADE,
        attempts integer NOT NULL DEFAULT 0,
        available_at timestamptz NOT NULL DEFAULT now(),
        last_error text
      );
      CREATE INDEX event_outbox_available ON event_outbox (available_at, id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE event_outbox; ALTER TABLE journey_versions DROP COLUMN note;`);
  }
}
