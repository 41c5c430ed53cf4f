import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { WorkspaceId } from '../auth/workspace-id.decorator';
import { IntegerFromDigits, MAX_PG_INTEGER } from '../common/decimal-number';
import { ApiErrorResponses } from '../common/error.response';
import { UuidParam } from '../common/uuid-param';
import { JourneyStatsResponse } from './dto/stats.response';
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
  @ApiOperation({ summary: 'Per node: entered, exits by handle, waiting now, sent, delivered, opened, clicked, failed, suppressed, conversions and revenue' })
  @ApiOkResponse({ type: JourneyStatsResponse })
  @ApiErrorResponses([400, 404], { 404: 'No such journey, or it has no published version (or not the one asked for)' })
  get(@WorkspaceId() workspaceId: string, @UuidParam() journeyId: string, @Query() query: StatsQueryDto) {
    return this.stats.journeyStats(workspaceId, journeyId, query.version);
  }
}
