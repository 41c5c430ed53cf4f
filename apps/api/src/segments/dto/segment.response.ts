import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '../../common/page.response';

// What the segment endpoints answer (segment.view.ts, segments.service.ts, segment-members.service.ts, @cascade/engine WorkspaceRefresh).

export const SEGMENT_KINDS = ['rule', 'rfm', 'lifecycle', 'cluster'] as const;

export class SegmentResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: String, nullable: true })
  description!: string | null;

  @ApiProperty({ enum: SEGMENT_KINDS, enumName: 'SegmentKind' })
  kind!: (typeof SEGMENT_KINDS)[number];

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The kind\'s fields: `condition` (rule) · `codes` and `cells` (rfm) · `stages` (lifecycle) · `cluster`, `k`, `seed`, `label`, `typical`, `size` (cluster).',
  })
  definition!: Record<string, unknown>;

  @ApiProperty({ type: 'integer', description: 'Current members as of the last change.' })
  members!: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  refreshedAt!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class SegmentSampleContactResponse {
  @ApiProperty({ format: 'uuid' })
  contactId!: string;

  @ApiProperty({ type: String, nullable: true })
  externalId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  email!: string | null;
}

export class SegmentPreviewResponse {
  @ApiProperty({ type: 'integer' })
  count!: number;

  @ApiProperty({ type: () => [SegmentSampleContactResponse], description: 'Up to 10 members, to check the rule by eye.' })
  sample!: SegmentSampleContactResponse[];
}

export class SegmentMemberResponse {
  @ApiProperty({ format: 'uuid' })
  contactId!: string;

  @ApiProperty({ type: String, nullable: true })
  externalId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  email!: string | null;

  @ApiProperty({ type: String, nullable: true })
  phone!: string | null;

  @ApiProperty({ format: 'date-time' })
  enteredAt!: string;
}

export class SegmentMemberPageResponse extends PageResponse(SegmentMemberResponse) {}

export class SegmentRefreshResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: 'integer' })
  entered!: number;

  @ApiProperty({ type: 'integer' })
  exited!: number;

  @ApiProperty({ type: 'integer' })
  members!: number;
}

export class WorkspaceRefreshResponse {
  @ApiProperty({ format: 'uuid' })
  workspaceId!: string;

  @ApiProperty({ type: 'integer', description: 'Customers scored by this refresh.' })
  customers!: number;

  @ApiProperty({ type: () => [SegmentRefreshResponse] })
  segments!: SegmentRefreshResponse[];
}
