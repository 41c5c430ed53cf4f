import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import { WorkspaceId } from '../auth/workspace-id.decorator';
import { UuidParam } from '../common/uuid-param';
import { CreateJourneyDto } from './dto/create-journey.dto';
import { ListJourneysQuery } from './dto/list-journeys.query';
import { PublishJourneyDto } from './dto/publish-journey.dto';
import { UpdateJourneyDto } from './dto/update-journey.dto';
import { JourneyBroadcastService } from './journey-broadcast.service';
import { JourneyLifecycleService } from './journey-lifecycle.service';
import { JourneysService } from './journeys.service';

const JourneyId = () => UuidParam();

/** DESIGN.md §8: journey drafts, validation, publishing and status. Every journey belongs to the key's workspace. */
@Controller('api/v1/journeys')
export class JourneysController {
  constructor(
    private readonly journeys: JourneysService,
    private readonly lifecycle: JourneyLifecycleService,
    private readonly broadcasts: JourneyBroadcastService,
  ) {}

  @Post()
  create(@WorkspaceId() workspaceId: string, @Body() body: CreateJourneyDto) {
    return this.journeys.create(workspaceId, body);
  }

  @Get()
  @ApiOperation({
    summary: 'Journeys, newest first, with enrollment and conversion counts',
    description: 'Each journey has `activeEnrollments` (status active), `enrollments` (all), `conversions` (goal conversions attributed to its enrollments) and `conversionRate` (conversions / enrollments, null with no enrollments), over all versions.',
  })
  list(@WorkspaceId() workspaceId: string, @Query() query: ListJourneysQuery) {
    return this.journeys.list(workspaceId, query);
  }

  @Post(':id/duplicate')
  @ApiOperation({ summary: 'Copy a journey (archived ones too) into a new draft named "<name> (copy)" with the same draft graph' })
  duplicate(@WorkspaceId() workspaceId: string, @JourneyId() id: string) {
    return this.journeys.duplicate(workspaceId, id);
  }

  @Get(':id')
  get(@WorkspaceId() workspaceId: string, @JourneyId() id: string) {
    return this.journeys.get(workspaceId, id);
  }

  @Put(':id')
  update(@WorkspaceId() workspaceId: string, @JourneyId() id: string, @Body() body: UpdateJourneyDto) {
    return this.journeys.update(workspaceId, id, body);
  }

  /** Archives: no new enrollments, running ones continue. */
  @Delete(':id')
  @HttpCode(204)
  archive(@WorkspaceId() workspaceId: string, @JourneyId() id: string) {
    return this.journeys.archive(workspaceId, id);
  }

  @Post(':id/validate')
  @HttpCode(200)
  validate(@WorkspaceId() workspaceId: string, @JourneyId() id: string) {
    return this.journeys.validate(workspaceId, id);
  }

  @Post(':id/publish')
  publish(@WorkspaceId() workspaceId: string, @JourneyId() id: string, @Body() body: PublishJourneyDto) {
    return this.lifecycle.publish(workspaceId, id, body);
  }

  /** No new enrollments; contacts already in the journey continue. */
  @Post(':id/pause')
  @HttpCode(200)
  pause(@WorkspaceId() workspaceId: string, @JourneyId() id: string) {
    return this.lifecycle.pause(workspaceId, id);
  }

  @Post(':id/resume')
  @HttpCode(200)
  resume(@WorkspaceId() workspaceId: string, @JourneyId() id: string) {
    return this.lifecycle.resume(workspaceId, id);
  }

  @Get(':id/history')
  history(@WorkspaceId() workspaceId: string, @JourneyId() id: string) {
    return this.lifecycle.history(workspaceId, id);
  }

  @Get(':id/versions')
  versions(@WorkspaceId() workspaceId: string, @JourneyId() id: string) {
    return this.lifecycle.versions(workspaceId, id);
  }

  /** Progress of the journey's broadcast trigger; 404 when it has none. */
  @Get(':id/broadcast')
  broadcast(@WorkspaceId() workspaceId: string, @JourneyId() id: string) {
    return this.broadcasts.progress(workspaceId, id);
  }
}
