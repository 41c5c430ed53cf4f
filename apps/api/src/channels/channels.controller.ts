import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiBody, ApiNoContentResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { WorkspaceId } from '../auth/workspace-id.decorator';
import { ApiErrorResponses } from '../common/error.response';
import { ChannelsService, type ChannelView } from './channels.service';
import { ChannelResponse } from './dto/channel.response';

@Controller('api/v1/channels')
export class ChannelsController {
  constructor(private readonly channels: ChannelsService) {}

  /** Every channel type with its label and schemas (custom plug-ins included), and whether provider settings are stored. */
  @Get()
  @ApiOperation({ summary: 'Every channel type with its label and JSON Schemas (plug-ins included), and whether provider settings are stored' })
  @ApiOkResponse({ type: [ChannelResponse] })
  list(@WorkspaceId() workspaceId: string): Promise<ChannelView[]> {
    return this.channels.list(workspaceId);
  }

  /** Stores the workspace's provider settings (e.g. SMTP server, Twilio account), encrypted; never returned. */
  @Put(':type/credentials')
  @HttpCode(204)
  @ApiBody({ schema: { type: 'object', description: "Valid against the channel's credentialsSchema (GET /api/v1/channels)" } })
  @ApiOperation({ summary: 'Store the workspace\'s provider settings for a channel (encrypted; never returned)' })
  @ApiNoContentResponse({ description: 'Stored' })
  @ApiErrorResponses([400, 404], { 400: 'Invalid for the channel\'s credentialsSchema (`details`), or the channel takes none', 404: 'No such channel' })
  async putCredentials(@WorkspaceId() workspaceId: string, @Param('type') type: string, @Body() body: Record<string, unknown>): Promise<void> {
    await this.channels.putCredentials(workspaceId, type, body);
  }

  @Delete(':type/credentials')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove the workspace\'s provider settings for a channel: back to its sandbox' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiErrorResponses([404], { 404: 'No such channel, or no provider settings stored for it' })
  async removeCredentials(@WorkspaceId() workspaceId: string, @Param('type') type: string): Promise<void> {
    await this.channels.removeCredentials(workspaceId, type);
  }
}
