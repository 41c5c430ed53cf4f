import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateBy, ValidateIf, ValidateNested,
} from 'class-validator';
import { LOCAL_TIME_PATTERN, type FrequencyCap, type MessagingRules, type QuietHours } from '@cascade/journey';
import { IsCapWindow } from './is-cap-window.validator';

// Decorators register bottom-up and the pipe stops at the first failure: the type check goes last.

const localTime = new RegExp(LOCAL_TIME_PATTERN);

export class FrequencyCapDto implements FrequencyCap {
  /** The channel counted and capped; all channels together when omitted. */
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'channel must be a channel type such as email or sms' })
  @MaxLength(100)
  @IsString()
  @ValidateIf((_, value) => value !== undefined)
  channel?: string;

  @Max(1_000_000)
  @Min(1)
  @IsInt()
  max!: number;

  /** ISO-8601 duration of the rolling window, e.g. P7D. */
  @IsCapWindow()
  @IsString()
  window!: string;
}

export class QuietHoursDto implements QuietHours {
  /** Local time in the contact's timezone, HH:MM. */
  @Matches(localTime, { message: 'start must be a time of day HH:MM, such as 21:00' })
  @IsString()
  start!: string;

  /** Before `start` for a period across midnight (21:00–09:00). */
  @ValidateBy({
    name: 'differsFromStart',
    validator: {
      validate: (end: unknown, args) => end !== (args?.object as QuietHoursDto).start,
      defaultMessage: () => 'end must differ from start',
    },
  })
  @Matches(localTime, { message: 'end must be a time of day HH:MM, such as 09:00' })
  @IsString()
  end!: string;
}

/** A workspace's frequency caps and quiet hours; transactional messages bypass both. */
export class MessagingRulesDto implements MessagingRules {
  @ValidateNested({ each: true })
  @Type(() => FrequencyCapDto)
  @IsObject({ each: true, message: 'each item of caps must be a cap object' }) // ValidateNested passes `[[]]`
  @ArrayMaxSize(20)
  @IsArray()
  caps!: FrequencyCapDto[];

  /** No quiet hours when null or omitted. */
  @ValidateNested()
  @Type(() => QuietHoursDto)
  @IsObject()
  @IsOptional()
  quietHours?: QuietHoursDto | null;
}
