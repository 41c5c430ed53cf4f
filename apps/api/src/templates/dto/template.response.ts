import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

// What the template endpoints answer (template.view.ts, @cascade/channels OutgoingMessage).

export class TemplateResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ description: 'The channel type, e.g. `email`, `sms`.' })
  channel!: string;

  @ApiProperty({ type: String, nullable: true })
  subject!: string | null;

  @ApiProperty({ description: 'Liquid: the SMS or messenger text, the text part of an email.' })
  body!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Liquid: the HTML part of an email.' })
  html!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  @ApiProperty({ type: [String], description: 'The variables it reads: `contact.attributes.firstName`, `event.properties.total`.' })
  variables!: string[];
}

/** A template rendered for one contact, exactly as a send would render it. */
export class RenderedMessageResponse {
  @ApiPropertyOptional()
  subject?: string;

  @ApiProperty({ description: 'Plain text: the SMS or messenger text, the text part of an email.' })
  body!: string;

  @ApiPropertyOptional({ description: 'The HTML part of an email, when the template has one.' })
  html?: string;
}
