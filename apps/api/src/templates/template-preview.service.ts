import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { renderMessage, templateContext, type OutgoingMessage } from '@cascade/channels';
import type { PreviewTemplateDto } from './dto/preview-template.dto';
import { findPreviewContact } from './preview-contact';
import { TemplateError } from './template.errors';
import { TemplatesRepository } from './templates.repository';

/** A template rendered for one contact, exactly as a send would render it, so a missing variable shows here first. */
@Injectable()
export class TemplatePreviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly templates: TemplatesRepository,
  ) {}

  async preview(workspaceId: string, id: string, { contactId, externalId, event }: PreviewTemplateDto): Promise<OutgoingMessage> {
    const template = await this.templates.findOne(workspaceId, id);
    if (!template) throw TemplateError.notFound(id);
    const contact = await findPreviewContact(this.dataSource.manager, workspaceId, { contactId, externalId });
    if (!contact) {
      const path = contactId !== undefined ? 'contactId' : 'externalId';
      const message = `No contact of this workspace has ${path} ${contactId ?? externalId}.`;
      throw new TemplateError('contact_not_found', message, [{ path, code: 'contact_not_found', message }]);
    }
    const triggerEvent = event && { ...event, occurredAt: event.occurredAt ?? new Date().toISOString() };
    const rendered = renderMessage({ template, context: templateContext({ contact, event: triggerEvent }) });
    if ('message' in rendered) return rendered.message;
    const { field, code, message } = rendered.error;
    throw new TemplateError('template_render_failed', `The template cannot be rendered for this contact: ${field}: ${message}.`, [{ path: field, code, message }]);
  }
}
