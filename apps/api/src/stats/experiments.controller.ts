import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import { WorkspaceId } from '../auth/workspace-id.decorator';
import { UuidParam } from '../common/uuid-param';
import { ExperimentsQueryDto } from './dto/experiments-query.dto';
import { EXPERIMENTS_DOC } from './experiments-docs';
import { ExperimentsService } from './experiments.service';

@Controller('api/v1/journeys/:id/experiments')
export class ExperimentsController {
  constructor(private readonly experiments: ExperimentsService) {}

  @Get()
  @ApiOperation(EXPERIMENTS_DOC)
  get(@WorkspaceId() workspaceId: string, @UuidParam() journeyId: string, @Query() query: ExperimentsQueryDto) {
    return this.experiments.experiments(workspaceId, journeyId, query);
  }
}
