import { Controller, Get, Logger, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { TrackingLinks } from '@cascade/channels';
import type { DeliveryStatus } from '@cascade/journey';
import { Public } from '../auth/public.decorator';
import { DeliveryRecorder } from './delivery-recorder';

/** A transparent 1×1 GIF. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/**
 * The links in messages: the open pixel and click redirects (TrackingLinks signs them). A contact
 * always gets the image or the page, even when recording fails; the failure is logged.
 */
@ApiExcludeController()
@Public()
@Controller('api/v1/t')
export class TrackingController {
  private readonly logger = new Logger('Tracking');

  constructor(
    private readonly links: TrackingLinks,
    private readonly deliveries: DeliveryRecorder,
  ) {}

  @Get('o/:token')
  async open(@Param('token') token: string, @Res() response: Response): Promise<void> {
    const link = this.links.verify(token);
    if (link?.kind !== 'open') throw new NotFoundException('This tracking link is not valid');
    await this.record(link.messageId, 'opened');
    response.set({ 'Content-Type': 'image/gif', 'Cache-Control': 'no-store, max-age=0' }).send(PIXEL);
  }

  @Get('c/:token')
  async click(@Param('token') token: string, @Res() response: Response): Promise<void> {
    const link = this.links.verify(token);
    if (link?.kind !== 'click') throw new NotFoundException('This link is not valid');
    await this.record(link.messageId, 'clicked');
    response.set('Cache-Control', 'no-store').redirect(302, link.url);
  }

  private async record(messageId: string, status: DeliveryStatus): Promise<void> {
    await this.deliveries.record([{ messageId, status }]).catch((error: Error) => {
      this.logger.warn(`could not record "${status}" for message ${messageId}: ${error.message}`);
    });
  }
}
