import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiBody } from '@nestjs/swagger';
import { WorkspaceId } from '../auth/workspace-id.decorator';
import { ChannelsService, type ChannelView } from './channels.service';

@Controller('api/v1/channels')
export class ChannelsController {
  constructor(private readonly channels: ChannelsService) {}

  /** Every channel type with its label and schemas (custom plug-ins included), and whether provider settings are stored. */
  @Get()
  list(@WorkspaceId() workspaceId: string): Promise<ChannelView[]> {
    return this.channels.list(workspaceId);
  }

  /** Stores the workspace's provider settings (e.g. SMTP server, Twilio account), encrypted; never returned. */
  @Put(':type/credentials')
  @HttpCode(204)
  @ApiBody({ schema: { type: 'object', description: "Valid against the channel's credentialsSchema (GET /api/v1/channels)" } })
  async putCredentials(@WorkspaceId() workspaceId: string, @Param('type') type: string, @Body() body: Record<string, unknown>): Promise<void> {
    await this.channels.putCredentials(workspaceId, type, body);
  }

  @Delete(':type/credentials')
  @HttpCode(204)
  async removeCredentials(@WorkspaceId() workspaceId: string, @Param('type') type: string): Promise<void> {
    await this.channels.removeCredentials(workspaceId, type);
  }
}
