import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { IsIn, IsOptional } from 'class-validator';
import type { ImportKind } from '@cascade/engine';
import { WorkspaceId } from '../auth/workspace-id.decorator';
import { UuidParam } from '../common/uuid-param';
import { CSV_MEDIA_TYPES } from '../http-input/body-parsers';
import { Consumes } from '../http-input/consumes.decorator';
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
  create(@WorkspaceId() workspaceId: string, @Query() query: ImportQueryDto, @Body() body: unknown) {
    return this.imports.create(workspaceId, query.kind ?? 'contacts', body);
  }

  @Get('imports/:id')
  get(@WorkspaceId() workspaceId: string, @UuidParam() id: string) {
    return this.imports.get(workspaceId, id);
  }
}
