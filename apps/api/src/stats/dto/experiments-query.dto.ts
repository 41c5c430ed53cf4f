import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsInt, IsNumber, IsOptional, Matches, Max, Min } from 'class-validator';
import { IntegerFromDigits, MAX_PG_INTEGER, NumberFromDecimal } from '../../common/decimal-number';

/** An instant means one moment only with its zone: `2026-10-01` alone would be read in the server's zone. */
const WITH_ZONE = /T.*(Z|[+-]\d\d:?\d\d)$/;
const ZONE_MESSAGE = (field: string) => `${field} must be an ISO 8601 instant with a time and a zone, e.g. 2026-11-01T00:00:00Z`;

/** Which contacts an experiment report counts. */
export class ExperimentsQueryDto {
  @ApiPropertyOptional({ description: 'Only contacts of this published version (all versions when absent).', minimum: 1 })
  @IsOptional()
  @Max(MAX_PG_INTEGER)
  @Min(1)
  @IsInt()
  @IntegerFromDigits()
  version?: number;

  @ApiPropertyOptional({ description: 'Only contacts assigned at or after this ISO 8601 instant, e.g. 2026-11-01T00:00:00Z.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(WITH_ZONE, { message: ZONE_MESSAGE('from') })
  from?: string;

  @ApiPropertyOptional({ description: 'Only contacts assigned before this ISO 8601 instant (excluded).' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(WITH_ZONE, { message: ZONE_MESSAGE('to') })
  to?: string;

  @ApiPropertyOptional({
    description: 'Relative minimum detectable effect the sample still needed is computed for (0.1 = +10% over the control\'s rate); by default the effect observed.',
    minimum: 0.001, maximum: 10,
  })
  @IsOptional()
  @NumberFromDecimal()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.001)
  @Max(10)
  mde?: number;
}
