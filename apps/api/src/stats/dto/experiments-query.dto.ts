import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsISO8601, IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';

/** Which contacts an experiment report counts. */
export class ExperimentsQueryDto {
  @ApiPropertyOptional({ description: 'Only contacts of this published version (all versions when absent).', minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version?: number;

  @ApiPropertyOptional({ description: 'Only contacts assigned at or after this ISO 8601 instant, e.g. 2026-11-01T00:00:00Z.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'Only contacts assigned before this ISO 8601 instant (excluded).' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({
    description: 'Relative minimum detectable effect the sample still needed is computed for (0.1 = +10% over the control\'s rate); by default the effect observed.',
    minimum: 0.001, maximum: 10,
  })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.001)
  @Max(10)
  mde?: number;
}
