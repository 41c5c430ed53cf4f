import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Experiments (docs/experiments.md): conversions attributed to enrollments (also after the journey ended,
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

      -- A winner rule decides once: variant_id is null when it found no winner (randomising goes on).
      CREATE TABLE split_winners (
        journey_id uuid NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        node_id text NOT NULL,
        variant_id text,
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

      -- What the workflows recorded so far: conversions seen while enrollments ran (with the goal
      -- event they most likely were: the first of that name since the enrollment started), and publications.
      INSERT INTO conversions (enrollment_id, journey_id, version_id, contact_id, event_id, event_name, revenue, converted_at)
        SELECT DISTINCT ON (s.enrollment_id) s.enrollment_id, s.journey_id, s.version_id, s.contact_id, ev.id, coalesce(s.reason, ''),
          coalesce(CASE WHEN ev.properties->>'amount' ~ '^-?[0-9]+([.][0-9]+)?$' THEN (ev.properties->>'amount')::numeric END, 0),
          coalesce(ev.occurred_at, s.occurred_at)
        FROM step_events s
        JOIN enrollments e ON e.id = s.enrollment_id
        LEFT JOIN LATERAL (
          SELECT id, properties, occurred_at FROM contact_events
          WHERE contact_id = s.contact_id AND name = s.reason AND occurred_at >= e.started_at AND occurred_at <= s.occurred_at
          ORDER BY occurred_at LIMIT 1
        ) ev ON true
        WHERE s.kind = 'converted' ORDER BY s.enrollment_id, s.seq;
      INSERT INTO journey_history (journey_id, kind, version, details, at)
        SELECT journey_id, 'published', version, jsonb_strip_nulls(jsonb_build_object('note', note)), published_at FROM journey_versions;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE journey_history; DROP TABLE split_winners; DROP TABLE conversions;`);
  }
}
