import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Experiments (DESIGN.md §6): conversions attributed to enrollments (also after the journey ended,
 * so a holdout that sent nothing still converts), winners chosen by split winner rules, and the
 * journey's history of what happened to it and why.
 */
export class Experiments1763901600000 implements MigrationInterface {
  name = 'Experiments1763901600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE conversions (
        enrollment_id uuid PRIMARY KEY REFERENCES enrollments(id) ON DELETE CASCADE,
        journey_id uuid NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        version_id uuid NOT NULL REFERENCES journey_versions(id),
        contact_id uuid NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        event_id uuid REFERENCES contact_events(id) ON DELETE SET NULL,
        event_name text NOT NULL,
        revenue numeric NOT NULL DEFAULT 0,
        converted_at timestamptz NOT NULL
      );
      CREATE INDEX conversions_journey ON conversions (journey_id, converted_at);

      CREATE TABLE split_winners (
        journey_id uuid NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        node_id text NOT NULL,
        variant_id text NOT NULL,
        decided_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (journey_id, node_id)
      );

      CREATE TABLE journey_history (
        id bigserial PRIMARY KEY,
        journey_id uuid NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        kind text NOT NULL,
        version integer,
        details jsonb NOT NULL DEFAULT '{}',
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX journey_history_journey ON journey_history (journey_id, at);

      -- What the workflows recorded so far: conversions seen while enrollments ran, and publications.
      INSERT INTO conversions (enrollment_id, journey_id, version_id, contact_id, event_name, converted_at)
        SELECT DISTINCT ON (s.enrollment_id) s.enrollment_id, s.journey_id, s.version_id, s.contact_id, coalesce(s.reason, ''), s.occurred_at
        FROM step_events s JOIN contacts c ON c.id = s.contact_id
        WHERE s.kind = 'converted' ORDER BY s.enrollment_id, s.seq;
      INSERT INTO journey_history (journey_id, kind, version, details, at)
        SELECT journey_id, 'published', version, jsonb_strip_nulls(jsonb_build_object('note', note)), published_at FROM journey_versions;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE journey_history; DROP TABLE split_winners; DROP TABLE conversions;`);
  }
}
