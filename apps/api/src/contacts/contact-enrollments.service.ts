import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { notFound } from '@cascade/errors';
import type { ContactEnrollmentView } from './contact-timeline.view';
import { ContactsRepository } from './contacts.repository';

/** A contact page shows its recent journeys; older ones are in each journey's enrollment list. */
export const CONTACT_ENROLLMENTS_SHOWN = 100;

interface EnrollmentRow {
  id: string;
  journey_id: string;
  journey_name: string;
  version: number;
  status: string;
  started_at: Date;
  ended_at: Date | null;
  exit_reason: string | null;
  converted: boolean;
  variants: Record<string, string>;
}

@Injectable()
export class ContactEnrollmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contacts: ContactsRepository,
  ) {}

  /** Newest first. A split node met twice (a loop) shows the variant of its last pass. */
  async list(workspaceId: string, contactId: string): Promise<ContactEnrollmentView[]> {
    if (!(await this.contacts.findOne(workspaceId, contactId))) throw notFound('contact', contactId);
    const rows: EnrollmentRow[] = await this.dataSource.query(
      `SELECT e.id, e.journey_id, j.name AS journey_name, v.version, e.status, e.started_at, e.ended_at, e.exit_reason,
         EXISTS (SELECT 1 FROM conversions c WHERE c.enrollment_id = e.id) AS converted,
         coalesce((SELECT jsonb_object_agg(s.node_id, s.variant ORDER BY s.seq) FROM step_events s
                   WHERE s.enrollment_id = e.id AND s.kind = 'node_exited' AND s.variant IS NOT NULL AND s.node_id IS NOT NULL), '{}') AS variants
       FROM enrollments e
       JOIN journeys j ON j.id = e.journey_id AND j.workspace_id = $2
       JOIN journey_versions v ON v.id = e.version_id
       WHERE e.contact_id = $1
       ORDER BY e.started_at DESC, e.id DESC LIMIT $3`,
      [contactId, workspaceId, CONTACT_ENROLLMENTS_SHOWN]);
    return rows.map(toEnrollmentView);
  }
}

function toEnrollmentView(row: EnrollmentRow): ContactEnrollmentView {
  return {
    id: row.id, journeyId: row.journey_id, journeyName: row.journey_name, version: row.version, status: row.status,
    startedAt: row.started_at.toISOString(), endedAt: row.ended_at?.toISOString() ?? null, exitReason: row.exit_reason,
    converted: row.converted, variants: row.variants,
  };
}
