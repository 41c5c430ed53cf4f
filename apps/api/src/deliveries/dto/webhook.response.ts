import { ApiProperty } from '@nestjs/swagger';

/** What a provider callback recorded (webhooks.controller.ts). */
export class WebhookResultResponse {
  @ApiProperty({ type: 'integer', description: 'Delivery reports recorded.' })
  recorded!: number;

  @ApiProperty({ type: 'integer', description: 'Reports naming no message of this channel.' })
  unknown!: number;
}
