import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { ImportKind } from '@cascade/engine';
import { WorkspaceId } from '../auth/workspace-id.decorator';
import { ApiErrorResponses } from '../common/error.response';
import { UuidParam } from '../common/uuid-param';
import { CSV_MEDIA_TYPES } from '../http-input/body-parsers';
import { Consumes } from '../http-input/consumes.decorator';
import { ImportResponse } from './dto/import.response';
import { ImportsService } from './imports.service';

class ImportQueryDto {
  /** `contacts` (externalId, email, phone, telegramChatId, timezone, tags; other columns are attributes) or `purchases` (externalId, amount, currency, occurredAt, orderId). */
  @IsOptional()
  @IsIn(['contacts', 'purchases'])
  kind?: ImportKind;
}

@Controller('api/v1')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  /** Body: the CSV file (Content-Type: text/csv, up to 20 MB). 201 with the import; its progress at GET /imports/:id. */
  @Post('contacts/import')
  @Consumes(...CSV_MEDIA_TYPES)
  @ApiOperation({ summary: 'Import contacts or purchases from a CSV file (the body, Content-Type: text/csv, up to 20 MB); progress at GET /imports/{id}' })
  @ApiCreatedResponse({ type: ImportResponse })
  @ApiErrorResponses([400, 413, 415], { 400: 'Not CSV, or the header lacks a required column (`details`)' })
  create(@WorkspaceId() workspaceId: string, @Query() query: ImportQueryDto, @Body() body: unknown) {
    return this.imports.create(workspaceId, query.kind ?? 'contacts', body);
  }

  @Get('imports/:id')
  @ApiOperation({ summary: 'An import\'s progress and its first 100 refused rows' })
  @ApiOkResponse({ type: ImportResponse })
  @ApiErrorResponses([400, 404])
  get(@WorkspaceId() workspaceId: string, @UuidParam() id: string) {
    return this.imports.get(workspaceId, id);
  }
}
