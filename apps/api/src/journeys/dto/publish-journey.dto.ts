import { IsOptional, IsString, MaxLength } from 'class-validator';

/**
 * Freezes the current draft into the next immutable version and makes the journey `active`:
 * new enrollments start on that version; running enrollments stay on the version they began with.
 */
export class PublishJourneyDto {
  /** What changed in this version, shown in the version history. */
  @MaxLength(1000)
  @IsString()
  @IsOptional()
  note?: string;
}
