import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';
import { IfPresent } from './if-present';
import { JourneyGraphDto } from './journey-graph.dto';
import { JourneyName } from './journey-name';

export class CreateJourneyDto {
  @JourneyName()
  name!: string;

  /** The draft graph; `{ nodes: [], edges: [] }` when omitted. Saved even when it has problems. */
  @ValidateNested()
  @Type(() => JourneyGraphDto)
  @IsObject()
  @IfPresent()
  graph?: JourneyGraphDto;
}
