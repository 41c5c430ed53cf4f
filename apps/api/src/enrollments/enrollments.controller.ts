import { Body, Controller, Get, Headers, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { Response } from 'express';
import { WorkspaceId } from '../auth/workspace-id.decorator';
import { ApiErrorResponses } from '../common/error.response';
import { UuidParam } from '../common/uuid-param';
import { EnrollDto, ListEnrollmentsDto } from './dto/enroll.dto';
import { CancellingResponse, EnrollmentPageResponse, EnrollmentTraceResponse, EnrollResultResponse } from './dto/enrollment.response';
import { EnrollmentsService } from './enrollments.service';

@Controller('api/v1')
export class EnrollmentsController {
  constructor(private readonly enrollments: EnrollmentsService) {}

  /**
   * 201 when enrolled now; 202 when enrolled while Temporal is unreachable (the journey starts by itself once
   * it is back); 200 when the contact was already in the journey, or the Idempotency-Key was used before.
   */
  @Post('journeys/:id/enrollments')
  @ApiOperation({
    summary: 'Enroll a contact (by id, or by externalId, created when new) in a journey whose trigger is `api`',
    description: 'Idempotent while the contact is in the journey, and for good with an `Idempotency-Key`.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Repeating a call with the same key answers the first enrollment (200) instead of enrolling again.' })
  @ApiCreatedResponse({ type: EnrollResultResponse, description: 'Enrolled now' })
  @ApiAcceptedResponse({ type: EnrollResultResponse, description: 'Enrolled while Temporal is unreachable (`pending: true`): the journey starts by itself once it is back' })
  @ApiOkResponse({ type: EnrollResultResponse, description: 'The contact was already in the journey, or the Idempotency-Key was used before (`created: false`)' })
  @ApiErrorResponses([400, 404, 409], { 404: 'No such journey or contact', 409: 'The journey is not started by API calls, or its entry rules kept the contact out (`details`)' })
  async enroll(
    @WorkspaceId() workspaceId: string,
    @UuidParam() journeyId: string,
    @Body() body: EnrollDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const result = await this.enrollments.enrollByApi(workspaceId, journeyId, body, idempotencyKey);
    response.status(!result.created ? 200 : result.pending ? 202 : 201);
    return result;
  }

  @Get('journeys/:id/enrollments')
  @ApiOperation({ summary: 'The journey\'s enrollments, newest first, a page at a time' })
  @ApiOkResponse({ type: EnrollmentPageResponse })
  @ApiErrorResponses([400, 404])
  list(@WorkspaceId() workspaceId: string, @UuidParam() journeyId: string, @Query() query: ListEnrollmentsDto) {
    return this.enrollments.list(workspaceId, journeyId, query);
  }

  @Get('enrollments/:id')
  @ApiOperation({ summary: 'One enrollment\'s trace: its contact, step events, messages and split variants' })
  @ApiOkResponse({ type: EnrollmentTraceResponse })
  @ApiErrorResponses([400, 404])
  trace(@WorkspaceId() workspaceId: string, @UuidParam() id: string) {
    return this.enrollments.trace(workspaceId, id);
  }

  @Post('enrollments/:id/cancel')
  @HttpCode(202)
  @ApiOperation({ summary: 'Cancel an active enrollment; its workflow stops shortly after' })
  @ApiAcceptedResponse({ type: CancellingResponse })
  @ApiErrorResponses([400, 404, 409], { 409: 'The enrollment has already ended' })
  async cancel(@WorkspaceId() workspaceId: string, @UuidParam() id: string): Promise<{ cancelling: true }> {
    await this.enrollments.cancel(workspaceId, id);
    return { cancelling: true };
  }
}
