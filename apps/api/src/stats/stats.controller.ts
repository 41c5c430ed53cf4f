import { Controller, Get, Query } from '@nestjs/common';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { WorkspaceId } from '../auth/workspace-id.decorator';
import { IntegerFromDigits, MAX_PG_INTEGER } from '../common/decimal-number';
import { UuidParam } from '../common/uuid-param';
import { StatsService } from './stats.service';

class StatsQueryDto {
  @IsOptional()
  @Max(MAX_PG_INTEGER)
  @Min(1)
  @IsInt() // checked first: decorators register bottom-up and the pipe stops at the first failure
  @IntegerFromDigits()
  version?: number;
}

@Controller('api/v1/journeys/:id/stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  /** Per node: entered, exited by handle, waiting now, sent, delivered, opened, clicked, failed, suppressed, converted. */
  @Get()
  get(@WorkspaceId() workspaceId: string, @UuidParam() journeyId: string, @Query() query: StatsQueryDto) {
    return this.stats.journeyStats(workspaceId, journeyId, query.version);
  }
}
