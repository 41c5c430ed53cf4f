import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { cursorTimeSql, decodePageCursor } from '../common/page-cursor';
import { toPage, type Page } from '../common/page';
import type { PageQueryDto } from '../common/page-query.dto';
import { csvCell, hashEmail, hashPhone } from './segment-csv';
import { SegmentsService } from './segments.service';

export interface SegmentMember {
  contactId: string;
  externalId: string | null;
  email: string | null;
  phone: string | null;
  enteredAt: string;
}

interface MemberRow {
  contact_id: string;
  external_id: string | null;
  email: string | null;
  phone: string | null;
  entered_at: Date;
  cursor_time: string;
}

const EXPORT_BATCH = 5_000;

/** A segment's current members: a page at a time (newest first), or all of them as CSV. */
@Injectable()
export class SegmentMembersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly segments: SegmentsService,
  ) {}

  async page(workspaceId: string, segmentId: string, query: PageQueryDto): Promise<Page<SegmentMember>> {
    await this.segments.record(this.dataSource.manager, workspaceId, segmentId);
    const after = query.cursor ? decodePageCursor(query.cursor) : null;
    const rows: MemberRow[] = await this.dataSource.query(
      `SELECT m.contact_id, c.external_id, c.email, c.phone, m.entered_at, ${cursorTimeSql('m.entered_at')} AS cursor_time
       FROM segment_memberships m JOIN contacts c ON c.id = m.contact_id
       WHERE m.segment_id = $1 AND m.exited_at IS NULL
         AND ($2::timestamptz IS NULL OR (m.entered_at, m.contact_id) < ($2::timestamptz, $3::uuid))
       ORDER BY m.entered_at DESC, m.contact_id DESC LIMIT $4`,
      [segmentId, after?.time ?? null, after?.id ?? null, query.limit + 1]);
    return toPage(rows.map((row) => ({ row, cursor: { time: row.cursor_time, id: row.contact_id } })), query.limit, toMember);
  }

  /**
   * Streams every member as CSV in batches (never the whole segment in memory). `hashed` writes
   * SHA-256 of the normalised email and phone instead, for ad-platform audiences.
   */
  async exportCsv(workspaceId: string, segmentId: string, hashed: boolean, response: Response): Promise<void> {
    const segment = await this.segments.record(this.dataSource.manager, workspaceId, segmentId);
    const fileName = `${segment.name.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 80) || 'segment'}${hashed ? '-hashed' : ''}.csv`;
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    response.write(hashed ? 'contact_id,external_id,email_sha256,phone_sha256,entered_at\r\n' : 'contact_id,external_id,email,phone,entered_at\r\n');
    let after: string | null = null;
    for (;;) {
      const rows: MemberRow[] = await this.dataSource.query(
        `SELECT m.contact_id, c.external_id, c.email, c.phone, m.entered_at FROM segment_memberships m JOIN contacts c ON c.id = m.contact_id
         WHERE m.segment_id = $1 AND m.exited_at IS NULL AND ($2::uuid IS NULL OR m.contact_id > $2::uuid)
         ORDER BY m.contact_id LIMIT $3`,
        [segmentId, after, EXPORT_BATCH]);
      if (rows.length === 0) break;
      const lines = rows.map((row) => [
        row.contact_id, row.external_id,
        hashed ? hashEmail(row.email) : row.email,
        hashed ? hashPhone(row.phone) : row.phone,
        row.entered_at.toISOString(),
      ].map(csvCell).join(',')).join('\r\n');
      if (!response.write(`${lines}\r\n`)) await new Promise((resolve) => response.once('drain', resolve));
      after = rows[rows.length - 1].contact_id;
    }
    response.end();
  }
}

function toMember(row: MemberRow): SegmentMember {
  return { contactId: row.contact_id, externalId: row.external_id, email: row.email, phone: row.phone, enteredAt: row.entered_at.toISOString() };
}
