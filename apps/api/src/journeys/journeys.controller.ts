import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { WorkspaceId } from '../auth/workspace-id.decorator';
import { ApiErrorResponses } from '../common/error.response';
import { UuidParam } from '../common/uuid-param';
import { CreateJourneyDto } from './dto/create-journey.dto';
import { ListJourneysQuery } from './dto/list-journeys.query';
import { PublishJourneyDto } from './dto/publish-journey.dto';
import {
  BroadcastResponse, JourneyDraftResponse, JourneyHistoryEntryResponse, JourneyListItemResponse, JourneyResponse, JourneyValidationResponse,
  JourneyVersionResponse, PublishedVersionResponse,
} from './dto/journey.response';
import { UpdateJourneyDto } from './dto/update-journey.dto';
import { JourneyBroadcastService } from './journey-broadcast.service';
import { JourneyLifecycleService } from './journey-lifecycle.service';
import { JourneysService } from './journeys.service';

const JourneyId = () => UuidParam();

/** docs/api.md: journey drafts, validation, publishing and status. Every journey belongs to the key's workspace. */
@Controller('api/v1/journeys')
export class JourneysController {
  constructor(
    private readonly journeys: JourneysService,
    private readonly lifecycle: JourneyLifecycleService,
    private readonly broadcasts: JourneyBroadcastService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create a draft journey; saved even when its graph has problems (listed in `problems`)' })
  @ApiCreatedResponse({ type: JourneyDraftResponse })
  @ApiErrorResponses([400])
  create(@WorkspaceId() workspaceId: string, @Body() body: CreateJourneyDto) {
    return this.journeys.create(workspaceId, body);
  }

  @Get()
  @ApiOperation({
    summary: 'Journeys, newest first, with enrollment and conversion counts',
    description: 'Each journey has `activeEnrollments` (status active), `enrollments` (all), `conversions` (goal conversions attributed to its enrollments) and `conversionRate` (conversions / enrollments, null with no enrollments), over all versions.',
  })
  @ApiOkResponse({ type: [JourneyListItemResponse] })
  @ApiErrorResponses([400])
  list(@WorkspaceId() workspaceId: string, @Query() query: ListJourneysQuery) {
    return this.journeys.list(workspaceId, query);
  }

  @Post(':id/duplicate')
  @ApiOperation({ summary: 'Copy a journey (archived ones too) into a new draft named "<name> (copy)" with the same draft graph' })
  @ApiCreatedResponse({ type: JourneyDraftResponse })
  @ApiErrorResponses([400, 404])
  duplicate(@WorkspaceId() workspaceId: string, @JourneyId() id: string) {
    return this.journeys.duplicate(workspaceId, id);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One journey with its draft graph' })
  @ApiOkResponse({ type: JourneyResponse })
  @ApiErrorResponses([400, 404])
  get(@WorkspaceId() workspaceId: string, @JourneyId() id: string) {
    return this.journeys.get(workspaceId, id);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Save the draft (name and/or graph); saved even with problems, which the answer lists' })
  @ApiOkResponse({ type: JourneyDraftResponse })
  @ApiErrorResponses([400, 404, 409], { 409: 'The journey is archived' })
  update(@WorkspaceId() workspaceId: string, @JourneyId() id: string, @Body() body: UpdateJourneyDto) {
    return this.journeys.update(workspaceId, id, body);
  }

  /** Archives: no new enrollments, running ones continue. */
  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Archive a journey: no new enrollments, running ones continue' })
  @ApiNoContentResponse({ description: 'Archived' })
  @ApiErrorResponses([400, 404])
  archive(@WorkspaceId() workspaceId: string, @JourneyId() id: string) {
    return this.journeys.archive(workspaceId, id);
  }

  @Post(':id/validate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Validate the draft graph without saving or publishing' })
  @ApiOkResponse({ type: JourneyValidationResponse })
  @ApiErrorResponses([400, 404])
  validate(@WorkspaceId() workspaceId: string, @JourneyId() id: string) {
    return this.journeys.validate(workspaceId, id);
  }

  @Post(':id/publish')
  @ApiOperation({ summary: 'Publish the draft as the next version and make the journey active' })
  @ApiCreatedResponse({ type: PublishedVersionResponse })
  @ApiErrorResponses([400, 404, 409, 422], { 409: 'The journey is archived', 422: 'The draft has problems (`details`, with nodeId/edgeId); nothing was published' })
  publish(@WorkspaceId() workspaceId: string, @JourneyId() id: string, @Body() body: PublishJourneyDto) {
    return this.lifecycle.publish(workspaceId, id, body);
  }

  /** No new enrollments; contacts already in the journey continue. */
  @Post(':id/pause')
  @HttpCode(200)
  @ApiOperation({ summary: 'Pause an active journey: no new enrollments; contacts already in it continue' })
  @ApiOkResponse({ type: JourneyResponse })
  @ApiErrorResponses([400, 404, 409], { 409: 'The journey is not active' })
  pause(@WorkspaceId() workspaceId: string, @JourneyId() id: string) {
    return this.lifecycle.pause(workspaceId, id);
  }

  @Post(':id/resume')
  @HttpCode(200)
  @ApiOperation({ summary: 'Resume a paused journey: new contacts enter the latest version again' })
  @ApiOkResponse({ type: JourneyResponse })
  @ApiErrorResponses([400, 404, 409], { 409: 'The journey is not paused' })
  resume(@WorkspaceId() workspaceId: string, @JourneyId() id: string) {
    return this.lifecycle.resume(workspaceId, id);
  }

  @Get(':id/history')
  @ApiOperation({ summary: 'What happened to the journey, oldest first: publications, pauses, split winners with their figures' })
  @ApiOkResponse({ type: [JourneyHistoryEntryResponse] })
  @ApiErrorResponses([400, 404])
  history(@WorkspaceId() workspaceId: string, @JourneyId() id: string) {
    return this.lifecycle.history(workspaceId, id);
  }

  @Get(':id/versions')
  @ApiOperation({ summary: 'Published versions, newest first' })
  @ApiOkResponse({ type: [JourneyVersionResponse] })
  @ApiErrorResponses([400, 404])
  versions(@WorkspaceId() workspaceId: string, @JourneyId() id: string) {
    return this.lifecycle.versions(workspaceId, id);
  }

  /** Progress of the journey's broadcast trigger; 404 when it has none. */
  @Get(':id/broadcast')
  @ApiOperation({ summary: 'Progress of the journey\'s broadcast trigger' })
  @ApiOkResponse({ type: BroadcastResponse })
  @ApiErrorResponses([400, 404], { 404: 'No such journey, or it has no broadcast' })
  broadcast(@WorkspaceId() workspaceId: string, @JourneyId() id: string) {
    return this.broadcasts.progress(workspaceId, id);
  }
}
