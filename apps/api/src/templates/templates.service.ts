import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ChannelRegistry, templateSyntaxErrors } from '@cascade/channels';
import type { CreateTemplateDto } from './dto/create-template.dto';
import type { UpdateTemplateDto } from './dto/update-template.dto';
import { templateEditProblems } from './template-edit.rule';
import { journeysUsingTemplate, liveJourneysUsingTemplate } from './template-usage';
import { TemplateError } from './template.errors';
import { toTemplateView, type TemplateView } from './template.view';
import { TemplatesRepository, type TemplateFields } from './templates.repository';

/** Message templates: saved only when every field parses and the channel exists. */
@Injectable()
export class TemplatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly templates: TemplatesRepository,
    private readonly channels: ChannelRegistry,
  ) {}

  async create(workspaceId: string, { name, channel, subject, body, html }: CreateTemplateDto): Promise<TemplateView> {
    const fields: TemplateFields = { name, channel, subject: subject ?? null, body, html: html ?? null };
    this.check(fields);
    return toTemplateView(await this.templates.insert(workspaceId, fields));
  }

  async list(workspaceId: string): Promise<TemplateView[]> {
    return (await this.templates.list(workspaceId)).map(toTemplateView);
  }

  async get(workspaceId: string, id: string): Promise<TemplateView> {
    const row = await this.templates.findOne(workspaceId, id);
    if (!row) throw TemplateError.notFound(id);
    return toTemplateView(row);
  }

  /**
   * Edits apply to messages sent from now on, in published journeys too: the channel is fixed while they
   * use it, and the content must pass the checks publish made for each active or paused journey sending it.
   */
  async update(workspaceId: string, id: string, changes: UpdateTemplateDto): Promise<TemplateView> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.templates.findOne(workspaceId, id, { manager, lock: true });
      if (!row) throw TemplateError.notFound(id);
      const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
      const fields: TemplateFields = { name: row.name, channel: row.channel, subject: row.subject, body: row.body, html: row.html, ...defined };
      this.check(fields);
      if (fields.channel !== row.channel) {
        const journeys = await journeysUsingTemplate(manager, workspaceId, id);
        if (journeys.length > 0) throw TemplateError.inUse(id, `moved to another channel`, journeys);
      }
      const problems = templateEditProblems({ template: fields, journeys: await liveJourneysUsingTemplate(manager, workspaceId, id) });
      if (problems.length > 0) throw TemplateError.breaksJourneys(id, problems);
      return toTemplateView(await this.templates.update(manager, workspaceId, id, fields));
    });
  }

  /** Refused while a published journey version sends it: contacts on that version would get nothing. */
  async delete(workspaceId: string, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.templates.findOne(workspaceId, id, { manager, lock: true });
      if (!row) throw TemplateError.notFound(id);
      const journeys = await journeysUsingTemplate(manager, workspaceId, id);
      if (journeys.length > 0) throw TemplateError.inUse(id, 'deleted', journeys);
      await this.templates.delete(manager, id);
    });
  }

  private check(fields: TemplateFields): void {
    if (!this.channels.get(fields.channel)) {
      const message = `channel "${fields.channel}" does not exist; known channels: ${this.channels.types().join(', ')}`;
      throw new TemplateError('unknown_channel', message, [{ path: 'channel', code: 'unknown_channel', message }]);
    }
    const errors = templateSyntaxErrors(fields);
    if (errors.length === 0) return;
    const [first] = errors;
    throw new TemplateError('template_syntax', `The template does not parse: ${first.field}, ${first.message}.`,
      errors.map(({ field, message }) => ({ path: field, code: 'template_syntax', message })));
  }
}
