import { ApiProperty } from '@nestjs/swagger';

export class SandboxLinksResponse {
  @ApiProperty({ description: 'The signed open-pixel link of the message.' })
  openPixel!: string;

  @ApiProperty({ description: 'The signed unsubscribe link of the message.' })
  unsubscribe!: string;
}

/** One message a sandbox channel captured instead of sending (sandbox.service.ts). */
export class SandboxMessageResponse {
  @ApiProperty()
  messageId!: string;

  @ApiProperty()
  channel!: string;

  @ApiProperty({ description: 'Where it would have gone: an email address, a phone number, a chat id…' })
  address!: string;

  @ApiProperty({ type: String, nullable: true })
  subject!: string | null;

  @ApiProperty()
  body!: string;

  @ApiProperty({ type: String, nullable: true, description: 'The HTML part of email through the SMTP sandbox (links already tracked); else null.' })
  html!: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'The headers of email through the SMTP sandbox; else null.' })
  headers!: Record<string, unknown> | null;

  @ApiProperty({ format: 'date-time' })
  capturedAt!: string;

  @ApiProperty({ description: 'The message\'s delivery status.' })
  status!: string;

  @ApiProperty({ format: 'uuid' })
  enrollmentId!: string;

  @ApiProperty()
  nodeId!: string;

  @ApiProperty({ type: String, nullable: true, description: 'The contact\'s external id.' })
  externalId!: string | null;

  @ApiProperty({ type: () => SandboxLinksResponse })
  links!: SandboxLinksResponse;
}

export class SandboxEventFiredResponse {
  @ApiProperty()
  messageId!: string;

  @ApiProperty({ enum: ['delivered', 'opened', 'clicked', 'replied'] })
  status!: string;
}
