import { Body, Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { WorkspaceId } from '../auth/workspace-id.decorator';
import { UuidParam } from '../common/uuid-param';
import { CreateTemplateDto } from './dto/create-template.dto';
import { PreviewTemplateDto } from './dto/preview-template.dto';
import { UpdateTemplateDto } from './dto/update-template.dto';
import { TemplatePreviewService } from './template-preview.service';
import { TemplatesService } from './templates.service';

/** DESIGN.md §8: Liquid message templates per channel, and their preview against a contact. */
@Controller('api/v1/templates')
export class TemplatesController {
  constructor(
    private readonly templates: TemplatesService,
    private readonly previews: TemplatePreviewService,
  ) {}

  @Post()
  create(@WorkspaceId() workspaceId: string, @Body() body: CreateTemplateDto) {
    return this.templates.create(workspaceId, body);
  }

  @Get()
  list(@WorkspaceId() workspaceId: string) {
    return this.templates.list(workspaceId);
  }

  @Get(':id')
  get(@WorkspaceId() workspaceId: string, @UuidParam() id: string) {
    return this.templates.get(workspaceId, id);
  }

  @Put(':id')
  update(@WorkspaceId() workspaceId: string, @UuidParam() id: string, @Body() body: UpdateTemplateDto) {
    return this.templates.update(workspaceId, id, body);
  }

  /** 409 while a published journey uses it. */
  @Delete(':id')
  @HttpCode(204)
  delete(@WorkspaceId() workspaceId: string, @UuidParam() id: string) {
    return this.templates.delete(workspaceId, id);
  }

  /** The rendered `{ subject?, body, html? }`, or 422 naming the field and the missing variable. */
  @Post(':id/preview')
  @HttpCode(200)
  preview(@WorkspaceId() workspaceId: string, @UuidParam() id: string, @Body() body: PreviewTemplateDto) {
    return this.previews.preview(workspaceId, id, body);
  }
}
