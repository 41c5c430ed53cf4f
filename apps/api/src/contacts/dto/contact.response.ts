import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '../../common/page.response';

// What the contact endpoints answer (contact.view.ts, contact-timeline.view.ts).

export class ContactResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String, nullable: true })
  externalId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  email!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'E.164' })
  phone!: string | null;

  @ApiProperty({ type: String, nullable: true })
  telegramChatId!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'IANA time zone, e.g. Europe/Berlin' })
  timezone!: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true })
  attributes!: Record<string, unknown>;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'boolean' }, description: 'Consent per channel type, e.g. { "email": false }.' })
  subscriptions!: Record<string, boolean>;

  @ApiProperty({ type: [String] })
  tags!: string[];

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class ContactPageResponse extends PageResponse(ContactResponse) {}

/** One of a contact's events, as ingested. */
export class ContactEventResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: 'object', additionalProperties: true })
  properties!: Record<string, unknown>;

  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;
}

export class ContactEventPageResponse extends PageResponse(ContactEventResponse) {}

/** One of a contact's passes through a journey. */
export class ContactEnrollmentResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  journeyId!: string;

  @ApiProperty()
  journeyName!: string;

  @ApiProperty({ type: 'integer', description: 'The journey version the enrollment is pinned to.' })
  version!: number;

  @ApiProperty({ description: '`active`, `completed`, `exited`, `converted`, `cancelled` or `failed`.' })
  status!: string;

  @ApiProperty({ format: 'date-time' })
  startedAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  endedAt!: string | null;

  @ApiProperty({ type: String, nullable: true })
  exitReason!: string | null;

  @ApiProperty({ description: 'A goal conversion was attributed to it (also after it ended).' })
  converted!: boolean;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'The variant each split node sent it to, by node id.' })
  variants!: Record<string, string>;
}
