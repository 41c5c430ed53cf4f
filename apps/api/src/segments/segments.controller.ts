import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query, Res } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { Response } from 'express';
import { WorkspaceId } from '../auth/workspace-id.decorator';
import { PageQueryDto } from '../common/page-query.dto';
import { UuidParam } from '../common/uuid-param';
import { ClusterSegmentsDto } from './dto/cluster-segments.dto';
import { CreateSegmentDto } from './dto/create-segment.dto';
import { ExportMembersDto } from './dto/export-members.dto';
import { SegmentDefinitionDto } from './dto/segment-definition.dto';
import { UpdateSegmentDto } from './dto/update-segment.dto';
import { SegmentClustersService } from './segment-clusters.service';
import { SegmentMembersService } from './segment-members.service';
import { SegmentsService } from './segments.service';

const KINDS = 'Kinds: `rule` {condition} in the journey condition language; `rfm` {codes: ["1-1-1"], cells: ["champions"]} '
  + '(R-F-M levels, 1 = best: most recent, most frequent, highest spend); `lifecycle` {stages: ["sleeping"]}; '
  + '`cluster` (made by POST /segments/clusters).';

/** DESIGN.md §5 and §8: rule, RFM, lifecycle and k-means segments with materialised membership. */
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
  create(@WorkspaceId() workspaceId: string, @Body() body: CreateSegmentDto) {
    return this.segments.create(workspaceId, body);
  }

  @Get()
  list(@WorkspaceId() workspaceId: string) {
    return this.segments.list(workspaceId);
  }

  @Post('preview')
  @HttpCode(200)
  @ApiOperation({ summary: 'Count the contacts a definition selects now, with a sample; saves nothing', description: KINDS })
  preview(@WorkspaceId() workspaceId: string, @Body() body: SegmentDefinitionDto) {
    return this.segments.preview(workspaceId, body);
  }

  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Recompute RFM and lifecycle scores and every segment now',
    description: 'A Temporal Schedule does this every 15 minutes; events re-evaluate their contact at once.',
  })
  refresh(@WorkspaceId() workspaceId: string) {
    return this.segments.refresh(workspaceId);
  }

  @Post('clusters')
  @ApiOperation({
    summary: 'k-means clusters of the customers\' RFM scores, one segment each',
    description: 'Features: recency in days, ln(1 + frequency), ln(1 + monetary), each standardised (z-score). Seeded: the same seed on the same scores gives the same clusters.',
  })
  cluster(@WorkspaceId() workspaceId: string, @Body() body: ClusterSegmentsDto) {
    return this.clusters.cluster(workspaceId, body);
  }

  @Get(':id')
  get(@WorkspaceId() workspaceId: string, @UuidParam() id: string) {
    return this.segments.get(workspaceId, id);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Rename, describe or redefine a segment', description: 'After a new definition, contacts whose membership changes enter or leave (with events).' })
  update(@WorkspaceId() workspaceId: string, @UuidParam() id: string, @Body() body: UpdateSegmentDto) {
    return this.segments.update(workspaceId, id, body);
  }

  /** 409 while a journey or another segment uses it. */
  @Delete(':id')
  @HttpCode(204)
  delete(@WorkspaceId() workspaceId: string, @UuidParam() id: string) {
    return this.segments.delete(workspaceId, id);
  }

  @Get(':id/members')
  @ApiOperation({ summary: 'Current members, newest first, a page at a time' })
  listMembers(@WorkspaceId() workspaceId: string, @UuidParam() id: string, @Query() query: PageQueryDto) {
    return this.members.page(workspaceId, id, query);
  }

  @Get(':id/members.csv')
  @ApiOperation({
    summary: 'Every current member as CSV',
    description: '`hashed=true` writes SHA-256 (hex) of the email trimmed and lower-cased and of the phone in E.164 (+ and digits) instead, for ad-platform audiences.',
  })
  async exportMembers(@WorkspaceId() workspaceId: string, @UuidParam() id: string, @Query() query: ExportMembersDto, @Res() response: Response) {
    await this.members.exportCsv(workspaceId, id, query.hashed, response);
  }
}
