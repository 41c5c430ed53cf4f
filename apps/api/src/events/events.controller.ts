import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiOperation, getSchemaPath } from '@nestjs/swagger';
import { WorkspaceId } from '../auth/workspace-id.decorator';
import { ApiErrorResponses } from '../common/error.response';
import { createValidationPipe } from '../common/validation.pipe';
import { EventBatchDto, EventDto } from './dto/event.dto';
import { IngestResultResponse } from './dto/ingest.response';
import { EventsService, type IngestResult } from './events.service';

const validate = createValidationPipe();

@Controller('api/v1/events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  /** One event, or `{ "events": [...] }` with up to 1,000. 202: stored, routed by the worker. */
  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: 'Ingest one event, or `{ "events": [...] }` with up to 1,000; stored at once, routed by the worker' })
  @ApiBody({ schema: { oneOf: [{ $ref: getSchemaPath('EventDto') }, { $ref: getSchemaPath('EventBatchDto') }] } })
  @ApiAcceptedResponse({ type: IngestResultResponse })
  @ApiErrorResponses([400])
  async ingest(@WorkspaceId() workspaceId: string, @Body() body: unknown): Promise<IngestResult> {
    // One body, two shapes: validated as a batch when it has `events`, else as one event.
    if (body !== null && typeof body === 'object' && 'events' in body) {
      const batch: EventBatchDto = await validate.transform(body, { type: 'body', metatype: EventBatchDto });
      return this.events.ingest(workspaceId, batch.events);
    }
    const event: EventDto = await validate.transform(body, { type: 'body', metatype: EventDto });
    return this.events.ingest(workspaceId, [event]);
  }
}
