import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBody, ApiOperation } from '@nestjs/swagger';
import { WorkspaceId } from '../auth/workspace-id.decorator';
import { ANALYTICS_SETTINGS_DOC } from './analytics-settings.docs';
import { AnalyticsSettingsService } from './analytics-settings.service';

/** What a purchase is and how customers are scored, for the key's workspace. */
@Controller('api/v1/settings/analytics')
export class AnalyticsSettingsController {
  constructor(private readonly settings: AnalyticsSettingsService) {}

  @Get()
  @ApiOperation({ summary: 'The analytics settings, defaults filled in', description: ANALYTICS_SETTINGS_DOC })
  get(@WorkspaceId() workspaceId: string) {
    return this.settings.get(workspaceId);
  }

  /** Checked by resolveAnalyticsSettings (@cascade/segments), the one definition of valid settings, not by a DTO. */
  @Put()
  @ApiOperation({ summary: 'Replace the analytics settings', description: ANALYTICS_SETTINGS_DOC })
  @ApiBody({ schema: { type: 'object' } })
  put(@WorkspaceId() workspaceId: string, @Body() body: unknown) {
    return this.settings.put(workspaceId, body);
  }
}
