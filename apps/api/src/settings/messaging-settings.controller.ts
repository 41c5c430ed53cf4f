import { Body, Controller, Get, Put } from '@nestjs/common';
import { WorkspaceId } from '../auth/workspace-id.decorator';
import { MessagingRulesDto } from './dto/messaging-rules.dto';
import { MessagingSettingsService } from './messaging-settings.service';

/** Frequency caps and quiet hours of the key's workspace. */
@Controller('api/v1/settings/messaging')
export class MessagingSettingsController {
  constructor(private readonly settings: MessagingSettingsService) {}

  @Get()
  get(@WorkspaceId() workspaceId: string) {
    return this.settings.get(workspaceId);
  }

  @Put()
  put(@WorkspaceId() workspaceId: string, @Body() body: MessagingRulesDto) {
    return this.settings.put(workspaceId, body);
  }
}
