import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Segments (docs/segments-and-analytics.md): definitions, materialised membership with entered/exited times (a row
 * per stay, so history is kept and "current" is exited_at IS NULL), each contact's RFM and
 * lifecycle scores as of the last computation, the workspace's analytics settings and RFM quantile
 * borders, and daily lifecycle counts for the distribution over time.
 */
export class Segments1763901500000 implements MigrationInterface {
  name = 'Segments1763901500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE segments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('rule', 'rfm', 'lifecycle', 'cluster')),
        definition jsonb NOT NULL,
        description text,
        refreshed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX segments_workspace_name ON segments (workspace_id, lower(name));

      CREATE TABLE segment_memberships (
        id bigserial PRIMARY KEY,
        segment_id uuid NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        entered_at timestamptz NOT NULL,
        exited_at timestamptz
      );
      -- At most one current stay per (segment, contact); it also serves member lists in contact order.
      CREATE UNIQUE INDEX segment_memberships_current ON segment_memberships (segment_id, contact_id) WHERE exited_at IS NULL;
      CREATE INDEX segment_memberships_contact ON segment_memberships (contact_id) WHERE exited_at IS NULL;
      -- Member lists, newest first, a page at a time.
      CREATE INDEX segment_memberships_page ON segment_memberships (segment_id, entered_at DESC, contact_id DESC) WHERE exited_at IS NULL;

      -- A broadcast to a segment goes to its current members (none: every contact).
      ALTER TABLE broadcasts ADD COLUMN segment_id uuid REFERENCES segments (id) ON DELETE SET NULL;

      CREATE TABLE contact_scores (
        contact_id uuid PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        recency_days integer,
        frequency integer,
        monetary numeric,
        r smallint,
        f smallint,
        m smallint,
        rfm_code text,
        rfm_cell text,
        lifecycle_stage text CHECK (lifecycle_stage IN ('new', 'active', 'sleeping', 'churned')),
        purchases integer NOT NULL DEFAULT 0,
        cadence_days double precision,
        silence_days double precision,
        computed_at timestamptz NOT NULL
      );
      CREATE INDEX contact_scores_workspace_rfm ON contact_scores (workspace_id, rfm_code);
      CREATE INDEX contact_scores_workspace_cell ON contact_scores (workspace_id, rfm_cell);
      CREATE INDEX contact_scores_workspace_stage ON contact_scores (workspace_id, lifecycle_stage);

      CREATE TABLE workspace_analytics (
        workspace_id uuid PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
        settings jsonb NOT NULL DEFAULT '{}',
        rfm_borders jsonb,
        refreshed_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE lifecycle_snapshots (
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        day date NOT NULL,
        stage text NOT NULL,
        contacts integer NOT NULL,
        PRIMARY KEY (workspace_id, day, stage)
      );

      -- Purchases and other named events of a workspace over time (RFM, lifecycle, reports).
      CREATE INDEX contact_events_workspace_name_time ON contact_events (workspace_id, name, occurred_at);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX contact_events_workspace_name_time;
      ALTER TABLE broadcasts DROP COLUMN segment_id;
      DROP TABLE lifecycle_snapshots, workspace_analytics, contact_scores, segment_memberships, segments;
    `);
  }
}
