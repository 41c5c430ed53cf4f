import {
  BadRequestException, Controller, HttpCode, Inject, NotFoundException, Param, Post, Req, UnauthorizedException, type RawBodyRequest,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { Request } from 'express';
import { ChannelRegistry, WebhookRejectedError, type DeliveryReport } from '@cascade/channels';
import type { CascadeConfig } from '@cascade/config';
import { ChannelCredentialsStore } from '@cascade/engine';
import { Public } from '../auth/public.decorator';
import { ApiErrorResponses } from '../common/error.response';
import { UuidParam } from '../common/uuid-param';
import { ANY_MEDIA_TYPE, Consumes } from '../http-input/consumes.decorator';
import { CONFIG } from '../config/config.module';
import { DeliveryRecorder } from './delivery-recorder';
import { WebhookResultResponse } from './dto/webhook.response';

/**
 * Provider delivery callbacks. The channel checks the signature; no API key (providers cannot send one).
 * Any media type: each provider posts its own (Twilio forms, JSON), and the channel reads the raw bytes.
 */
@Public()
@Consumes(ANY_MEDIA_TYPE)
@Controller('api/v1/webhooks')
export class WebhooksController {
  constructor(
    private readonly channels: ChannelRegistry,
    private readonly deliveries: DeliveryRecorder,
    private readonly credentials: ChannelCredentialsStore,
    @Inject(CONFIG) private readonly config: CascadeConfig,
  ) {}

  /** For providers configured once for the whole deployment (their settings come with the plug-in). */
  @Post(':channel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Delivery callback of a provider configured for the whole deployment (signed; no API key)' })
  @ApiOkResponse({ type: WebhookResultResponse })
  @ApiErrorResponses([400, 401, 404], { 400: 'The callback could not be read', 401: 'The provider\'s signature does not check out', 404: 'The channel takes no delivery callbacks' })
  receive(@Param('channel') type: string, @Req() request: RawBodyRequest<Request>): Promise<WebhookResult> {
    return this.handle(type, request);
  }

  /**
   * The URL channels give providers per message (`webhookUrl`): the workspace's provider settings
   * check the signature, and only that workspace's messages are updated.
   */
  @Post(':channel/:workspaceId')
  @HttpCode(200)
  @ApiOperation({ summary: 'Delivery callback for one workspace\'s messages, checked with its provider settings (signed; no API key)' })
  @ApiOkResponse({ type: WebhookResultResponse })
  @ApiErrorResponses([400, 401, 404], { 400: 'The callback could not be read', 401: 'The provider\'s signature does not check out', 404: 'The channel takes no delivery callbacks' })
  receiveForWorkspace(
    @Param('channel') type: string,
    @UuidParam('workspaceId') workspaceId: string,
    @Req() request: RawBodyRequest<Request>,
  ): Promise<WebhookResult> {
    return this.handle(type, request, workspaceId);
  }

  /** Records the delivery statuses a provider reports; `unknown` counts reports naming no message of this channel. */
  private async handle(type: string, request: RawBodyRequest<Request>, workspaceId?: string): Promise<WebhookResult> {
    const channel = this.channels.get(type);
    if (!channel?.parseWebhook) throw new NotFoundException(`Channel "${type}" does not take delivery callbacks`);
    const credentials = workspaceId ? await this.credentials.get(workspaceId, type) : null;
    let reports: DeliveryReport[];
    try {
      reports = await channel.parseWebhook({
        // The URL the provider was given (PUBLIC_URL), which is what it signs; behind a proxy the Host header differs.
        url: `${this.config.http.publicUrl}${request.originalUrl}`,
        headers: request.headers, query: request.query, body: request.body, rawBody: request.rawBody ?? Buffer.alloc(0),
      }, { credentials });
    } catch (error) {
      if (error instanceof WebhookRejectedError) throw new UnauthorizedException(error.message);
      throw new BadRequestException(`The ${type} callback could not be read: ${(error as Error).message}`);
    }
    const { recorded, unknown } = await this.deliveries.record(reports, { channel: type, workspaceId });
    return { recorded: recorded.length, unknown };
  }
}

interface WebhookResult {
  recorded: number;
  unknown: number;
}
