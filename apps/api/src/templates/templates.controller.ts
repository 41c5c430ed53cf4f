import { Body, Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { WorkspaceId } from '../auth/workspace-id.decorator';
import { ApiErrorResponses } from '../common/error.response';
import { UuidParam } from '../common/uuid-param';
import { CreateTemplateDto } from './dto/create-template.dto';
import { PreviewTemplateDto } from './dto/preview-template.dto';
import { RenderedMessageResponse, TemplateResponse } from './dto/template.response';
import { UpdateTemplateDto } from './dto/update-template.dto';
import { TemplatePreviewService } from './template-preview.service';
import { TemplatesService } from './templates.service';

/** docs/api.md and docs/channels.md#templates: Liquid message templates per channel, and their preview against a contact. */
@Controller('api/v1/templates')
export class TemplatesController {
  constructor(
    private readonly templates: TemplatesService,
    private readonly previews: TemplatePreviewService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create a Liquid message template for a channel' })
  @ApiCreatedResponse({ type: TemplateResponse })
  @ApiErrorResponses([400, 409], { 400: 'Invalid fields or Liquid syntax, or an unknown channel (`details`)', 409: 'The name is taken' })
  create(@WorkspaceId() workspaceId: string, @Body() body: CreateTemplateDto) {
    return this.templates.create(workspaceId, body);
  }

  @Get()
  @ApiOperation({ summary: 'Every template of the workspace, with the variables each reads' })
  @ApiOkResponse({ type: [TemplateResponse] })
  list(@WorkspaceId() workspaceId: string) {
    return this.templates.list(workspaceId);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One template' })
  @ApiOkResponse({ type: TemplateResponse })
  @ApiErrorResponses([400, 404])
  get(@WorkspaceId() workspaceId: string, @UuidParam() id: string) {
    return this.templates.get(workspaceId, id);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Change a template' })
  @ApiOkResponse({ type: TemplateResponse })
  @ApiErrorResponses([400, 404, 409, 422], { 400: 'Invalid fields or Liquid syntax, or an unknown channel (`details`)', 409: 'The name is taken, or published journeys use it and the channel changed', 422: 'The change would break a published journey that uses it' })
  update(@WorkspaceId() workspaceId: string, @UuidParam() id: string, @Body() body: UpdateTemplateDto) {
    return this.templates.update(workspaceId, id, body);
  }

  /** 409 while a published journey uses it. */
  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a template; refused while a published journey uses it' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrorResponses([400, 404, 409], { 409: 'A published journey uses it' })
  delete(@WorkspaceId() workspaceId: string, @UuidParam() id: string) {
    return this.templates.delete(workspaceId, id);
  }

  /** The rendered `{ subject?, body, html? }`, or 422 naming the field and the missing variable. */
  @Post(':id/preview')
  @HttpCode(200)
  @ApiOperation({ summary: 'Render the template for one contact (and optionally a trigger event), exactly as a send would' })
  @ApiOkResponse({ type: RenderedMessageResponse })
  @ApiErrorResponses([400, 404, 422], { 404: 'No such template or contact', 422: 'It cannot be rendered for this contact (`details` names the field and the missing variable)' })
  preview(@WorkspaceId() workspaceId: string, @UuidParam() id: string, @Body() body: PreviewTemplateDto) {
    return this.previews.preview(workspaceId, id, body);
  }
}
