import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { WAIT_FOR_STATUSES, type WaitForStatus } from '@cascade/journey';
import { WorkspaceId } from '../auth/workspace-id.decorator';
import { ApiErrorResponses } from '../common/error.response';
import { SandboxEventFiredResponse, SandboxMessageResponse } from './dto/sandbox.response';
import { SandboxService } from './sandbox.service';

class FireEventDto {
  @IsIn([...WAIT_FOR_STATUSES])
  type!: WaitForStatus;
}

class ListSandboxDto {
  @IsOptional()
  @IsString()
  channel?: string;
}

@Controller('api/v1/sandbox/messages')
export class SandboxController {
  constructor(private readonly sandbox: SandboxService) {}

  @Get()
  @ApiOperation({ summary: 'The newest 500 messages the sandbox channels captured, with signed open-pixel and unsubscribe links to try' })
  @ApiOkResponse({ type: [SandboxMessageResponse] })
  @ApiErrorResponses([400])
  list(@WorkspaceId() workspaceId: string, @Query() query: ListSandboxDto) {
    return this.sandbox.list(workspaceId, query.channel);
  }

  /** Fire `delivered`, `opened`, `clicked` or `replied` for a captured message. */
  @Post(':messageId/events')
  @HttpCode(202)
  @ApiOperation({ summary: 'Fire `delivered`, `opened`, `clicked` or `replied` for a captured message' })
  @ApiAcceptedResponse({ type: SandboxEventFiredResponse })
  @ApiErrorResponses([400, 404])
  fire(@WorkspaceId() workspaceId: string, @Param('messageId') messageId: string, @Body() body: FireEventDto) {
    return this.sandbox.fire(workspaceId, messageId, body.type);
  }
}
