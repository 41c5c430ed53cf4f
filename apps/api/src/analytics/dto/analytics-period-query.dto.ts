import { ApiProperty } from '@nestjs/swagger';
import { IsString } from 'class-validator';

// Only presence and type are checked here: the engine checks the instants and names the field it refuses.

export const FROM_DOC = 'Start of the half-open period, an ISO 8601 instant with a zone, e.g. 2026-01-01T00:00:00Z.';
export const TO_DOC = 'End of the half-open period (excluded), an ISO 8601 instant with a zone; at most 10 years after `from`.';

/** The report period [from, to). */
export class AnalyticsPeriodQueryDto {
  @ApiProperty({ description: FROM_DOC })
  @IsString()
  from!: string;

  @ApiProperty({ description: TO_DOC })
  @IsString()
  to!: string;
}
