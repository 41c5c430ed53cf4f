import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { WorkspaceId } from '../auth/workspace-id.decorator';
import { ApiErrorResponses } from '../common/error.response';
import { UuidParam } from '../common/uuid-param';
import { ExperimentsReportResponse } from './dto/experiments.response';
import { ExperimentsQueryDto } from './dto/experiments-query.dto';
import { EXPERIMENTS_DOC } from './experiments-docs';
import { ExperimentsService } from './experiments.service';

@Controller('api/v1/journeys/:id/experiments')
export class ExperimentsController {
  constructor(private readonly experiments: ExperimentsService) {}

  @Get()
  @ApiOperation(EXPERIMENTS_DOC)
  @ApiOkResponse({ type: ExperimentsReportResponse })
  @ApiErrorResponses([400, 404], { 404: 'No such journey, or it has no published version (or not the one asked for)' })
  get(@WorkspaceId() workspaceId: string, @UuidParam() journeyId: string, @Query() query: ExperimentsQueryDto) {
    return this.experiments.experiments(workspaceId, journeyId, query);
  }
}
