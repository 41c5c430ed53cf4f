import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { WorkspaceId } from '../auth/workspace-id.decorator';
import { ApiErrorResponses } from '../common/error.response';
import { ANALYTICS_SETTINGS_DOC } from './analytics-settings.docs';
import { AnalyticsSettingsService } from './analytics-settings.service';
import { AnalyticsSettingsResponse } from './dto/settings.response';

/** What a purchase is and how customers are scored, for the key's workspace. */
@Controller('api/v1/settings/analytics')
export class AnalyticsSettingsController {
  constructor(private readonly settings: AnalyticsSettingsService) {}

  @Get()
  @ApiOperation({ summary: 'The analytics settings, defaults filled in', description: ANALYTICS_SETTINGS_DOC })
  @ApiOkResponse({ type: AnalyticsSettingsResponse })
  get(@WorkspaceId() workspaceId: string) {
    return this.settings.get(workspaceId);
  }

  /** Checked by resolveAnalyticsSettings (@cascade/segments), the one definition of valid settings, not by a DTO. */
  @Put()
  @ApiOperation({ summary: 'Replace the analytics settings', description: ANALYTICS_SETTINGS_DOC })
  @ApiBody({ schema: { type: 'object' } })
  @ApiOkResponse({ type: AnalyticsSettingsResponse, description: 'The new settings, defaults filled in' })
  @ApiErrorResponses([400, 422], { 400: 'Invalid settings (`details` names the field)', 422: 'They would make existing RFM segments invalid (`details` names them)' })
  put(@WorkspaceId() workspaceId: string, @Body() body: unknown) {
    return this.settings.put(workspaceId, body);
  }
}
