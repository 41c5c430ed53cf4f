import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { notFound } from '@cascade/errors';
import { reevaluateContact } from '@cascade/engine';
import { decodePageCursor } from '../common/page-cursor';
import { toPage } from '../common/page';
import { toContactView, type ContactPage, type ContactView } from './contact.view';
import { ContactsRepository, type ContactWrite } from './contacts.repository';
import type { ContactFieldsDto } from './dto/contact-fields.dto';
import type { SearchContactsDto } from './dto/search-contacts.dto';
import { EnrollmentCanceller } from './enrollment-canceller';

@Injectable()
export class ContactsService {
  private readonly logger = new Logger(ContactsService.name);

  constructor(
    private readonly contacts: ContactsRepository,
    private readonly enrollments: EnrollmentCanceller,
    private readonly dataSource: DataSource,
  ) {}

  /** With an external id, updates the workspace's contact that has it, or creates it; else creates. */
  async upsert(workspaceId: string, fields: ContactFieldsDto): Promise<{ contact: ContactView; created: boolean }> {
    const write = toWrite(fields);
    const { externalId } = write;
    const { row, created } = typeof externalId === 'string'
      ? await this.contacts.upsert(workspaceId, { ...write, externalId })
      : { row: await this.contacts.create(workspaceId, write), created: true };
    await this.reevaluate(workspaceId, row.id);
    return { contact: toContactView(row), created };
  }

  /** New attributes or tags can move the contact in or out of rule segments: at once, not at the next refresh. */
  private async reevaluate(workspaceId: string, contactId: string): Promise<void> {
    // The contact is saved: a failure here is the next refresh's to repair, not the caller's error.
    await reevaluateContact(this.dataSource, { workspaceId, contactId }).catch((error: Error) => {
      this.logger.warn(`segments of contact ${contactId} not re-evaluated: ${error.message}`);
    });
  }

  async get(workspaceId: string, id: string): Promise<ContactView> {
    const row = await this.contacts.findOne(workspaceId, id);
    if (!row) throw notFound('contact', id);
    return toContactView(row);
  }

  /** Another contact's external id is an ExternalIdTakenError (409, naming externalId). */
  async update(workspaceId: string, id: string, fields: ContactFieldsDto): Promise<ContactView> {
    const row = await this.contacts.update(workspaceId, id, toWrite(fields));
    if (!row) throw notFound('contact', id);
    await this.reevaluate(workspaceId, id);
    return toContactView(row);
  }

  async search(workspaceId: string, { query, limit, cursor }: SearchContactsDto): Promise<ContactPage> {
    const rows = await this.contacts.search(workspaceId, {
      pattern: query ? `%${escapeLike(query)}%` : undefined,
      after: cursor ? (decodePageCursor(cursor) ?? undefined) : undefined,
      limit: limit + 1,
    });
    return toPage(rows, limit, toContactView);
  }

  /** Cancels the contact's running journeys, then erases the contact with everything recorded about it. */
  async delete(workspaceId: string, id: string): Promise<void> {
    const erased = await this.contacts.erase(workspaceId, id, (workflowIds) => this.enrollments.cancelAll(workflowIds));
    if (!erased) throw notFound('contact', id);
  }
}

function toWrite({ attributes, ...fields }: ContactFieldsDto): ContactWrite {
  const write: ContactWrite = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  if (attributes) {
    const entries = Object.entries(attributes);
    write.attributes = {
      set: Object.fromEntries(entries.filter(([, value]) => value !== null)),
      unset: entries.filter(([, value]) => value === null).map(([key]) => key),
    };
  }
  return write;
}

/** The user's text matches literally: `%` and `_` are not wildcards. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
