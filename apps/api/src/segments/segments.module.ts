import { Module } from '@nestjs/common';
import { SegmentClustersService } from './segment-clusters.service';
import { SegmentMembersService } from './segment-members.service';
import { SegmentsController } from './segments.controller';
import { SegmentsService } from './segments.service';

@Module({ controllers: [SegmentsController], providers: [SegmentsService, SegmentMembersService, SegmentClustersService] })
export class SegmentsModule {}
