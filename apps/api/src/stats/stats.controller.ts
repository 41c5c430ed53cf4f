import { Controller, Get, Query } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Min } from 'class-validator';
import { WorkspaceId } from '../auth/workspace-id.decorator';
import { UuidParam } from '../common/uuid-param';
import { StatsService } from './stats.service';

class StatsQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
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
