import { Controller, Get, Header, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { TrackingLinks } from '@cascade/channels';
import { Public } from '../auth/public.decorator';
import { ANY_MEDIA_TYPE, Consumes } from '../http-input/consumes.decorator';
import { DeliveryRecorder } from './delivery-recorder';
import { unsubscribePage } from './unsubscribe-page';

/**
 * The unsubscribe link. GET shows a confirmation button, because mail scanners open every link
 * in a message; POST unsubscribes, and is also the RFC 8058 one-click `List-Unsubscribe-Post`.
 */
@ApiExcludeController()
@Public()
@Controller('api/v1/unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly links: TrackingLinks,
    private readonly deliveries: DeliveryRecorder,
  ) {}

  @Get(':token')
  @Header('Content-Type', 'text/html; charset=utf-8')
  confirm(@Param('token') token: string): string {
    this.messageOf(token);
    return unsubscribePage({ state: 'confirm' });
  }

  @Post(':token')
  @Consumes(ANY_MEDIA_TYPE) // RFC 8058 one-click posts a form (urlencoded or multipart); the body is never read
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  async unsubscribe(@Param('token') token: string): Promise<string> {
    const done = await this.deliveries.unsubscribe(this.messageOf(token));
    if (!done) throw new NotFoundException('This unsubscribe link is no longer valid');
    return unsubscribePage({ state: 'done', channel: done.channel });
  }

  private messageOf(token: string): string {
    const link = this.links.verify(token);
    if (link?.kind !== 'unsubscribe') throw new NotFoundException('This unsubscribe link is not valid');
    return link.messageId;
  }
}
