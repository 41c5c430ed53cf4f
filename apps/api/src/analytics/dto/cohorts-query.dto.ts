import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { AnalyticsPeriodQueryDto } from './analytics-period-query.dto';

export class CohortsQueryDto extends AnalyticsPeriodQueryDto {
  @ApiPropertyOptional({ description: 'IANA time zone where calendar months start, e.g. Europe/Moscow; UTC when omitted.' })
  @IsString()
  @IsOptional()
  timezone?: string;
}
