import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { notFound } from '@cascade/errors';
import { toPage, type Page } from '../common/page';
import { cursorTimeSql, decodePageCursor } from '../common/page-cursor';
import type { ContactEventView } from './contact-timeline.view';
import { ContactsRepository } from './contacts.repository';
import type { ContactEventsQuery } from './dto/contact-events.query';

interface EventRow {
  id: string;
  name: string;
  properties: Record<string, unknown>;
  occurred_at: Date;
  cursor_time: string;
}

/** A contact's events, newest first, a page at a time. */
@Injectable()
export class ContactEventsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contacts: ContactsRepository,
  ) {}

  /** By (occurred_at, id), descending: the id breaks ties, so events of one instant are never split or repeated across pages. */
  async page(workspaceId: string, contactId: string, { limit, cursor }: ContactEventsQuery): Promise<Page<ContactEventView>> {
    if (!(await this.contacts.findOne(workspaceId, contactId))) throw notFound('contact', contactId);
    const after = cursor ? decodePageCursor(cursor) : null;
    const rows: EventRow[] = await this.dataSource.query(
      `SELECT id, name, properties, occurred_at, ${cursorTimeSql('occurred_at')} AS cursor_time
       FROM contact_events
       WHERE contact_id = $1 AND workspace_id = $2
         AND ($3::timestamptz IS NULL OR (occurred_at, id) < ($3::timestamptz, $4::uuid))
       ORDER BY occurred_at DESC, id DESC LIMIT $5`,
      [contactId, workspaceId, after?.time ?? null, after?.id ?? null, limit + 1]);
    return toPage(rows.map((row) => ({ row, cursor: { time: row.cursor_time, id: row.id } })), limit, toEventView);
  }
}

function toEventView({ id, name, properties, occurred_at }: EventRow): ContactEventView {
  return { id, name, properties, occurredAt: occurred_at.toISOString() };
}
