import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageResponse } from '../../common/page.response';

// What the enrollment endpoints answer (enrollments.service.ts, enrollment-trace.ts).

const ENROLLMENT_STATUS = '`active`, `completed`, `exited`, `converted`, `cancelled` or `failed`.';

/** POST /journeys/:id/enrollments: the enrollment, and how it came about. */
export class EnrollResultResponse {
  @ApiProperty({ format: 'uuid' })
  enrollmentId!: string;

  @ApiProperty({ description: 'True when this call enrolled the contact (201, or 202 with `pending`); false when it was already in the journey or the Idempotency-Key was used before (200).' })
  created!: boolean;

  @ApiPropertyOptional({ enum: [true], description: 'The contact was enrolled under this Idempotency-Key before: `enrollmentId` is that enrollment, maybe ended.' })
  triggered?: true;

  @ApiPropertyOptional({ enum: [true], description: 'Stored while Temporal is unreachable (202): the journey starts by itself once it is back.' })
  pending?: true;
}

export class EnrollmentListItemResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  contactId!: string;

  @ApiProperty({ description: ENROLLMENT_STATUS })
  status!: string;

  @ApiProperty({ type: String, nullable: true })
  exitReason!: string | null;

  @ApiProperty({ format: 'date-time' })
  startedAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  endedAt!: string | null;
}

export class EnrollmentPageResponse extends PageResponse(EnrollmentListItemResponse) {}

export class EnrollmentContactResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String, nullable: true })
  externalId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  email!: string | null;
}

/** One step event of the enrollment, in order. */
export class EnrollmentStepResponse {
  @ApiProperty({ format: 'date-time' })
  at!: string;

  @ApiProperty({ description: 'The step event kind, e.g. `node_entered`, `node_exited`.' })
  kind!: string;

  @ApiProperty({ type: String, nullable: true })
  nodeId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  handle!: string | null;

  @ApiProperty({ type: String, nullable: true })
  variant!: string | null;

  @ApiProperty({ type: String, nullable: true })
  messageId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  channel!: string | null;

  @ApiProperty({ type: String, nullable: true })
  status!: string | null;

  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;
}

export class EnrollmentMessageResponse {
  @ApiProperty()
  id!: string;

  @ApiProperty()
  nodeId!: string;

  @ApiProperty({ type: 'integer' })
  step!: number;

  @ApiProperty()
  channel!: string;

  @ApiProperty()
  status!: string;

  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  sentAt!: string | null;

  @ApiProperty({ type: 'integer', description: 'Above 1: a send whose outcome was lost (a crash right after the provider accepted) was retried.' })
  sendAttempts!: number;
}

/** A contact's pass through a journey, as an analyst or support agent reads it. */
export class EnrollmentTraceResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  journeyId!: string;

  @ApiProperty({ type: 'integer' })
  version!: number;

  @ApiProperty({ type: () => EnrollmentContactResponse })
  contact!: EnrollmentContactResponse;

  @ApiProperty({ description: ENROLLMENT_STATUS })
  status!: string;

  @ApiProperty({ type: String, nullable: true })
  exitReason!: string | null;

  @ApiProperty({ format: 'date-time' })
  startedAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  endedAt!: string | null;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'Variants assigned by split nodes, by node id.' })
  variants!: Record<string, string>;

  @ApiProperty({ type: () => [EnrollmentStepResponse] })
  steps!: EnrollmentStepResponse[];

  @ApiProperty({ type: () => [EnrollmentMessageResponse] })
  messages!: EnrollmentMessageResponse[];
}

export class CancellingResponse {
  @ApiProperty({ enum: [true] })
  cancelling!: true;
}
