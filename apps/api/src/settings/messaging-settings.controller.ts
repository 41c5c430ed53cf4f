import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { WorkspaceId } from '../auth/workspace-id.decorator';
import { ApiErrorResponses } from '../common/error.response';
import { MessagingRulesDto } from './dto/messaging-rules.dto';
import { MessagingSettingsResponse } from './dto/settings.response';
import { MessagingSettingsService } from './messaging-settings.service';

/** Frequency caps and quiet hours of the key's workspace. */
@Controller('api/v1/settings/messaging')
export class MessagingSettingsController {
  constructor(private readonly settings: MessagingSettingsService) {}

  @Get()
  @ApiOperation({ summary: 'The workspace\'s frequency caps and quiet hours' })
  @ApiOkResponse({ type: MessagingSettingsResponse })
  get(@WorkspaceId() workspaceId: string) {
    return this.settings.get(workspaceId);
  }

  @Put()
  @ApiOperation({ summary: 'Replace the frequency caps and quiet hours; the worker applies them within a few seconds' })
  @ApiOkResponse({ type: MessagingSettingsResponse })
  @ApiErrorResponses([400])
  put(@WorkspaceId() workspaceId: string, @Body() body: MessagingRulesDto) {
    return this.settings.put(workspaceId, body);
  }
}
