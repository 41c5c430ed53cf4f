import { Body, Controller, Get, Headers, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { WorkspaceId } from '../auth/workspace-id.decorator';
import { UuidParam } from '../common/uuid-param';
import { EnrollDto, ListEnrollmentsDto } from './dto/enroll.dto';
import { EnrollmentsService } from './enrollments.service';

@Controller('api/v1')
export class EnrollmentsController {
  constructor(private readonly enrollments: EnrollmentsService) {}

  /**
   * 201 when enrolled now; 202 when enrolled while Temporal is unreachable (the journey starts by itself once
   * it is back); 200 when the contact was already in the journey, or the Idempotency-Key was used before.
   */
  @Post('journeys/:id/enrollments')
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
  list(@WorkspaceId() workspaceId: string, @UuidParam() journeyId: string, @Query() query: ListEnrollmentsDto) {
    return this.enrollments.list(workspaceId, journeyId, query);
  }

  @Get('enrollments/:id')
  trace(@WorkspaceId() workspaceId: string, @UuidParam() id: string) {
    return this.enrollments.trace(workspaceId, id);
  }

  @Post('enrollments/:id/cancel')
  @HttpCode(202)
  async cancel(@WorkspaceId() workspaceId: string, @UuidParam() id: string): Promise<{ cancelling: true }> {
    await this.enrollments.cancel(workspaceId, id);
    return { cancelling: true };
  }
}
