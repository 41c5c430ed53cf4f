import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { WorkspaceId } from '../auth/workspace-id.decorator';
import { ApiErrorResponses } from '../common/error.response';
import type { Page } from '../common/page';
import { UuidParam } from '../common/uuid-param';
import { ContactEnrollmentsService } from './contact-enrollments.service';
import { ContactEventsService } from './contact-events.service';
import type { ContactEnrollmentView, ContactEventView } from './contact-timeline.view';
import { ContactEventsQuery } from './dto/contact-events.query';
import { ContactEnrollmentResponse, ContactEventPageResponse } from './dto/contact.response';

/** What happened to a contact: its events and its journeys. */
@Controller('api/v1/contacts')
export class ContactTimelineController {
  constructor(
    private readonly events: ContactEventsService,
    private readonly enrollments: ContactEnrollmentsService,
  ) {}

  @Get(':id/events')
  @ApiOperation({ summary: 'The contact\'s events, newest first, a page at a time (limit 1–200, default 50)' })
  @ApiOkResponse({ type: ContactEventPageResponse })
  @ApiErrorResponses([400, 404])
  listEvents(@WorkspaceId() workspaceId: string, @UuidParam() id: string, @Query() query: ContactEventsQuery): Promise<Page<ContactEventView>> {
    return this.events.page(workspaceId, id, query);
  }

  @Get(':id/enrollments')
  @ApiOperation({
    summary: 'The contact\'s 100 newest enrollments, with journey name, version, conversion and split variants',
    description: '`converted`: a goal conversion was attributed to the enrollment (also after it ended). `variants`: the variant each split node sent it to, by node id.',
  })
  @ApiOkResponse({ type: [ContactEnrollmentResponse] })
  @ApiErrorResponses([400, 404])
  listEnrollments(@WorkspaceId() workspaceId: string, @UuidParam() id: string): Promise<ContactEnrollmentView[]> {
    return this.enrollments.list(workspaceId, id);
  }
}
