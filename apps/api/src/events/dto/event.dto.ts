import { Type } from 'class-transformer';
import { ContactReferenceDto } from '../../common/contact-reference.dto';
import { RawJson } from '../../common/raw-json.decorator';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsISO8601, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested,
} from 'class-validator';

/** One event a contact did. The contact is named by `externalId` (created if unknown) or by `contactId`. */
export class EventDto extends ContactReferenceDto {
  /** `segment_entered` and `segment_exited` are Cascade's own: they would start segment journeys for anyone. */
  @Matches(/^(?!segment_(entered|exited)$)/, { message: 'name segment_entered and segment_exited are reserved for segment changes' })
  @Matches(/^[A-Za-z0-9_.:-]{1,200}$/, { message: 'name must be 1 to 200 letters, digits or _.:-' })
  @IsString()
  name!: string;

  @IsOptional()
  @IsObject()
  @RawJson()
  properties?: Record<string, unknown>;

  /** When it happened; now when omitted. */
  @IsOptional()
  @IsISO8601({ strict: true })
  occurredAt?: string;

  /** Idempotency key: an event with a messageId already received is accepted and ignored. */
  @IsOptional()
  @MaxLength(200)
  @IsString()
  messageId?: string;
}

export const MAX_BATCH = 1_000;

export class EventBatchDto {
  @ValidateNested({ each: true })
  @Type(() => EventDto)
  // ValidateNested passes an array inside the array (`[[]]`): it would be stored as an event with no contact.
  @IsObject({ each: true, message: 'each item of events must be an event object' })
  @ArrayMaxSize(MAX_BATCH, { message: `events must hold at most ${MAX_BATCH} events` })
  @ArrayMinSize(1)
  @IsArray()
  events!: EventDto[];
}
