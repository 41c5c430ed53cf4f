import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The journey engine's tables (docs/architecture.md#tables-and-who-uses-them): Postgres is the source of truth of all it shows. */
export class JourneyEngine1763900100000 implements MigrationInterface {
  name = 'JourneyEngine1763900100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE contacts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        external_id text UNIQUE,
        email text,
        phone text,
        telegram_chat_id text,
        timezone text,
        attributes jsonb NOT NULL DEFAULT '{}',
        subscriptions jsonb NOT NULL DEFAULT '{}',
        tags text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE contact_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contact_id uuid NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        name text NOT NULL,
        properties jsonb NOT NULL DEFAULT '{}',
        occurred_at timestamptz NOT NULL,
        message_id text UNIQUE,
        received_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX contact_events_contact_name_time ON contact_events (contact_id, name, occurred_at DESC);

      CREATE TABLE journeys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'paused', 'archived')),
        draft jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE journey_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        journey_id uuid NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        version integer NOT NULL,
        graph jsonb NOT NULL,
        published_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (journey_id, version)
      );
      -- A published version is what running enrollments are pinned to: it never changes.
      CREATE FUNCTION journey_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'journey versions are immutable (version % of journey %)', OLD.version, OLD.journey_id;
      END $$;
      CREATE TRIGGER journey_versions_immutable BEFORE UPDATE ON journey_versions
        FOR EACH ROW EXECUTE FUNCTION journey_versions_immutable();

      CREATE TABLE enrollments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        journey_id uuid NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        version_id uuid NOT NULL REFERENCES journey_versions(id),
        contact_id uuid NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'active'
          CHECK (status IN ('active', 'completed', 'exited', 'converted', 'cancelled', 'failed')),
        workflow_id text NOT NULL UNIQUE,
        trigger_event jsonb,
        exit_reason text,
        last_node_id text,
        started_at timestamptz NOT NULL DEFAULT now(),
        ended_at timestamptz
      );
      -- At most one active enrollment per journey and contact, whatever races the triggers run.
      CREATE UNIQUE INDEX enrollments_one_active ON enrollments (journey_id, contact_id) WHERE status = 'active';
      CREATE INDEX enrollments_journey_status ON enrollments (journey_id, status);
      CREATE INDEX enrollments_contact ON enrollments (contact_id);

      CREATE TABLE step_events (
        id bigserial PRIMARY KEY,
        enrollment_id uuid NOT NULL REFERENCES enrollments(id) ON DELETE CASCADE,
        seq integer NOT NULL,
        journey_id uuid NOT NULL,
        version_id uuid NOT NULL,
        contact_id uuid NOT NULL,
        kind text NOT NULL,
        node_id text,
        handle text,
        variant text,
        message_id text,
        channel text,
        status text,
        reason text,
        occurred_at timestamptz NOT NULL,
        -- Written in batches by a retried activity: the sequence number makes each write idempotent.
        UNIQUE (enrollment_id, seq)
      );
      CREATE INDEX step_events_journey_node ON step_events (journey_id, version_id, node_id, kind);

      CREATE TABLE messages (
        id text PRIMARY KEY,
        enrollment_id uuid NOT NULL REFERENCES enrollments(id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        journey_id uuid NOT NULL,
        node_id text NOT NULL,
        step integer NOT NULL,
        channel text NOT NULL,
        template_id text,
        content jsonb,
        status text NOT NULL DEFAULT 'pending',
        reason text,
        provider_message_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX messages_enrollment ON messages (enrollment_id);

      -- What the local sandbox channels capture instead of sending (docs/channels.md#built-in-channels).
      CREATE TABLE sandbox_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        message_id text NOT NULL UNIQUE,
        channel text NOT NULL,
        address text NOT NULL,
        subject text,
        body text NOT NULL,
        captured_at timestamptz NOT NULL DEFAULT now()
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE sandbox_messages, messages, step_events, enrollments, journey_versions, journeys, contact_events, contacts;
      DROP FUNCTION journey_versions_immutable();
    `);
  }
}
