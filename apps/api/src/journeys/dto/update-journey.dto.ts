import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';
import { IfPresent } from './if-present';
import { JourneyGraphDto } from './journey-graph.dto';
import { JourneyName } from './journey-name';

/** Changes the draft only: published versions never change, running enrollments keep theirs. */
export class UpdateJourneyDto {
  @JourneyName()
  @IfPresent()
  name?: string;

  /** Replaces the whole draft graph. */
  @ValidateNested()
  @Type(() => JourneyGraphDto)
  @IsObject()
  @IfPresent()
  graph?: JourneyGraphDto;
}
