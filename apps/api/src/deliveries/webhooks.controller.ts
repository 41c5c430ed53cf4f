import { BadRequestException, Controller, HttpCode, NotFoundException, Param, Post, Req, UnauthorizedException, type RawBodyRequest } from '@nestjs/common';
import type { Request } from 'express';
import { ChannelRegistry, WebhookRejectedError, type DeliveryReport } from '@cascade/channels';
import { Public } from '../auth/public.decorator';
import { DeliveryRecorder } from './delivery-recorder';

/** Provider delivery callbacks. The channel checks the signature; no API key (providers cannot send one). */
@Public()
@Controller('api/v1/webhooks')
export class WebhooksController {
  constructor(
    private readonly channels: ChannelRegistry,
    private readonly deliveries: DeliveryRecorder,
  ) {}

  /** Records the delivery statuses a provider reports; `unknown` counts reports naming no message of this channel. */
  @Post(':channel')
  @HttpCode(200)
  async receive(@Param('channel') type: string, @Req() request: RawBodyRequest<Request>): Promise<{ recorded: number; unknown: number }> {
    const channel = this.channels.get(type);
    if (!channel?.parseWebhook) throw new NotFoundException(`Channel "${type}" does not take delivery callbacks`);
    let reports: DeliveryReport[];
    try {
      reports = await channel.parseWebhook({
        url: `${request.protocol}://${request.get('host')}${request.originalUrl}`,
        headers: request.headers, query: request.query, body: request.body, rawBody: request.rawBody ?? Buffer.alloc(0),
      });
    } catch (error) {
      if (error instanceof WebhookRejectedError) throw new UnauthorizedException(error.message);
      throw new BadRequestException(`The ${type} callback could not be read: ${(error as Error).message}`);
    }
    const { recorded, unknown } = await this.deliveries.record(reports, { channel: type });
    return { recorded: recorded.length, unknown };
  }
}
