import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { FROM_DOC, TO_DOC } from './analytics-period-query.dto';

/** The history period [from, to); the last 90 days by default. */
export class LifecycleQueryDto {
  @ApiPropertyOptional({ description: `${FROM_DOC} 90 days before \`to\` when omitted.` })
  @IsString()
  @IsOptional()
  from?: string;

  @ApiPropertyOptional({ description: `${TO_DOC} Now when omitted.` })
  @IsString()
  @IsOptional()
  to?: string;
}
