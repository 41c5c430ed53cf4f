import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { Response } from 'express';
import { WorkspaceId } from '../auth/workspace-id.decorator';
import { ApiErrorResponses } from '../common/error.response';
import { PageQueryDto } from '../common/page-query.dto';
import { UuidParam } from '../common/uuid-param';
import { ClusterSegmentsDto } from './dto/cluster-segments.dto';
import { CreateSegmentDto } from './dto/create-segment.dto';
import { ExportMembersDto } from './dto/export-members.dto';
import { SegmentDefinitionDto } from './dto/segment-definition.dto';
import { SegmentMemberPageResponse, SegmentPreviewResponse, SegmentResponse, WorkspaceRefreshResponse } from './dto/segment.response';
import { UpdateSegmentDto } from './dto/update-segment.dto';
import { SegmentClustersService } from './segment-clusters.service';
import { SegmentMembersService } from './segment-members.service';
import { SegmentsService } from './segments.service';

const KINDS = 'Kinds: `rule` {condition} in the journey condition language; `rfm` {codes: ["1-1-1"], cells: ["champions"]} '
  + '(R-F-M levels, 1 = best: most recent, most frequent, highest spend); `lifecycle` {stages: ["sleeping"]}; '
  + '`cluster` (made by POST /segments/clusters).';

/** docs/segments-and-analytics.md and docs/api.md: rule, RFM, lifecycle and k-means segments with materialised membership. */
@Controller('api/v1/segments')
export class SegmentsController {
  constructor(
    private readonly segments: SegmentsService,
    private readonly members: SegmentMembersService,
    private readonly clusters: SegmentClustersService,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Create a segment; its members are computed at once',
    description: `${KINDS} The first fill records members without segment_entered events, so a segment_entry journey starts only for contacts entering later.`,
  })
  @ApiCreatedResponse({ type: SegmentResponse })
  @ApiErrorResponses([400, 409, 422], { 400: 'Invalid definition (`details`)', 409: 'The name is taken', 422: 'It refers to an unknown segment, or RFM/lifecycle scores are not computed yet' })
  create(@WorkspaceId() workspaceId: string, @Body() body: CreateSegmentDto) {
    return this.segments.create(workspaceId, body);
  }

  @Get()
  @ApiOperation({ summary: 'Every segment of the workspace with its current member count' })
  @ApiOkResponse({ type: [SegmentResponse] })
  list(@WorkspaceId() workspaceId: string) {
    return this.segments.list(workspaceId);
  }

  @Post('preview')
  @HttpCode(200)
  @ApiOperation({ summary: 'Count the contacts a definition selects now, with a sample; saves nothing', description: KINDS })
  @ApiOkResponse({ type: SegmentPreviewResponse })
  @ApiErrorResponses([400, 422], { 400: 'Invalid definition (`details`)', 422: 'It refers to an unknown segment' })
  preview(@WorkspaceId() workspaceId: string, @Body() body: SegmentDefinitionDto) {
    return this.segments.preview(workspaceId, body);
  }

  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Recompute RFM and lifecycle scores and every segment now',
    description: 'A Temporal Schedule does this every 15 minutes; events re-evaluate their contact at once.',
  })
  @ApiOkResponse({ type: WorkspaceRefreshResponse })
  refresh(@WorkspaceId() workspaceId: string) {
    return this.segments.refresh(workspaceId);
  }

  @Post('clusters')
  @ApiOperation({
    summary: 'k-means clusters of the customers\' RFM scores, one segment each',
    description: 'Features: recency in days, ln(1 + frequency), ln(1 + monetary), each standardised (z-score). Seeded: the same seed on the same scores gives the same clusters.',
  })
  @ApiCreatedResponse({ type: [SegmentResponse], description: 'The new cluster segments' })
  @ApiErrorResponses([400, 422], { 400: 'Invalid k or seed, or k more than the scored customers (`details`)', 422: 'No customer has an RFM score yet' })
  cluster(@WorkspaceId() workspaceId: string, @Body() body: ClusterSegmentsDto) {
    return this.clusters.cluster(workspaceId, body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One segment' })
  @ApiOkResponse({ type: SegmentResponse })
  @ApiErrorResponses([400, 404])
  get(@WorkspaceId() workspaceId: string, @UuidParam() id: string) {
    return this.segments.get(workspaceId, id);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Rename, describe or redefine a segment', description: 'After a new definition, contacts whose membership changes enter or leave (with events).' })
  @ApiOkResponse({ type: SegmentResponse })
  @ApiErrorResponses([400, 404, 409, 422], { 400: 'Invalid definition (`details`)', 409: 'The name is taken', 422: 'It refers to an unknown segment, or RFM/lifecycle scores are not computed yet' })
  update(@WorkspaceId() workspaceId: string, @UuidParam() id: string, @Body() body: UpdateSegmentDto) {
    return this.segments.update(workspaceId, id, body);
  }

  /** 409 while a journey or another segment uses it. */
  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a segment; refused while a journey or another segment uses it' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrorResponses([400, 404, 409], { 409: 'A journey or another segment uses it' })
  delete(@WorkspaceId() workspaceId: string, @UuidParam() id: string) {
    return this.segments.delete(workspaceId, id);
  }

  @Get(':id/members')
  @ApiOperation({ summary: 'Current members, newest first, a page at a time' })
  @ApiOkResponse({ type: SegmentMemberPageResponse })
  @ApiErrorResponses([400, 404])
  listMembers(@WorkspaceId() workspaceId: string, @UuidParam() id: string, @Query() query: PageQueryDto) {
    return this.members.page(workspaceId, id, query);
  }

  @Get(':id/members.csv')
  @ApiOperation({
    summary: 'Every current member as CSV',
    description: '`hashed=true` writes SHA-256 (hex) of the email trimmed and lower-cased and of the phone in E.164 (+ and digits) instead, for ad-platform audiences.',
  })
  @ApiOkResponse({ description: 'CSV: a header row, then one row per member', content: { 'text/csv': { schema: { type: 'string' } } } })
  @ApiErrorResponses([400, 404])
  async exportMembers(@WorkspaceId() workspaceId: string, @UuidParam() id: string, @Query() query: ExportMembersDto, @Res() response: Response) {
    await this.members.exportCsv(workspaceId, id, query.hashed, response);
  }
}
