import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { JourneyGraphDto } from './journey-graph.dto';

// What the journey endpoints answer (journey.view.ts, broadcast.view.ts, @cascade/engine journey-history.ts).

export const JOURNEY_STATUSES = ['draft', 'active', 'paused', 'archived'] as const;

export class JourneyResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({
    enum: JOURNEY_STATUSES,
    enumName: 'JourneyStatus',
    description: '`draft`: never published. `active`: new contacts enter the latest version. `paused`: no new enrollments; contacts already in the journey continue. `archived`: deleted; no new enrollments, running ones continue, no more edits.',
  })
  status!: (typeof JOURNEY_STATUSES)[number];

  @ApiProperty({ type: () => JourneyGraphDto, description: 'The editable graph: nodes, edges and settings; publishing freezes a copy into a version.' })
  draft!: JourneyGraphDto;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  @ApiProperty({ type: 'integer', nullable: true, description: 'The newest published version number, or null when never published.' })
  latestVersion!: number | null;
}

/** What validation found in a graph; `nodeId`/`edgeId` name the part at fault. */
export class GraphProblemResponse {
  @ApiProperty({ description: 'In the contract\'s form: `nodes[2].config.duration`, `edges[3].to`, `settings.goal.within`.' })
  path!: string;

  @ApiProperty()
  code!: string;

  @ApiProperty()
  message!: string;

  @ApiPropertyOptional()
  nodeId?: string;

  @ApiPropertyOptional()
  edgeId?: string;
}

/** A saved draft with what validation found in it; a draft may be saved with problems. */
export class JourneyDraftResponse extends JourneyResponse {
  @ApiProperty({ type: () => [GraphProblemResponse] })
  problems!: GraphProblemResponse[];
}

/** A journey in the list, with its enrollment and conversion counts over all versions. */
export class JourneyListItemResponse extends JourneyResponse {
  @ApiProperty({ type: 'integer', description: 'Enrollments with status `active`: contacts in the journey now.' })
  activeEnrollments!: number;

  @ApiProperty({ type: 'integer', description: 'Every enrollment, whatever its status.' })
  enrollments!: number;

  @ApiProperty({ type: 'integer', description: 'Enrollments attributed a goal conversion, also after they ended.' })
  conversions!: number;

  @ApiProperty({ type: 'number', nullable: true, description: 'conversions / enrollments; null when the journey has enrolled nobody.' })
  conversionRate!: number | null;
}

export class JourneyValidationResponse {
  @ApiProperty()
  valid!: boolean;

  @ApiProperty({ type: () => [GraphProblemResponse] })
  problems!: GraphProblemResponse[];
}

export class JourneyVersionResponse {
  @ApiProperty({ type: 'integer' })
  version!: number;

  @ApiProperty({ format: 'date-time' })
  publishedAt!: string;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;
}

export class PublishedVersionResponse extends JourneyVersionResponse {
  @ApiProperty({ format: 'uuid' })
  journeyId!: string;
}

export const JOURNEY_HISTORY_KINDS = ['published', 'paused', 'resumed', 'archived', 'split_winner', 'split_no_winner'] as const;

export class JourneyHistoryEntryResponse {
  @ApiProperty({ enum: JOURNEY_HISTORY_KINDS, enumName: 'JourneyHistoryKind' })
  kind!: (typeof JOURNEY_HISTORY_KINDS)[number];

  @ApiProperty({ type: 'integer', nullable: true })
  version!: number | null;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Why, with the figures that justified it (a winner) or the publisher\'s note.' })
  details!: Record<string, unknown>;

  @ApiProperty({ format: 'date-time' })
  at!: string;
}

export const BROADCAST_STATUSES = ['scheduled', 'running', 'done', 'cancelled'] as const;

export class BroadcastResponse {
  @ApiProperty({
    enum: BROADCAST_STATUSES,
    enumName: 'BroadcastStatus',
    description: '`scheduled` (waiting for `scheduledAt`, or for a paused journey to resume), `running`, `done`, `cancelled` (journey archived, or its trigger changed).',
  })
  status!: (typeof BROADCAST_STATUSES)[number];

  @ApiProperty({ format: 'date-time' })
  scheduledAt!: string;

  @ApiProperty({ type: 'integer' })
  ratePerSecond!: number;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Contacts of the workspace when it started; null until then.' })
  total!: number | null;

  @ApiProperty({ type: 'integer', description: 'enrolled + skipped.' })
  processed!: number;

  @ApiProperty({ type: 'integer' })
  enrolled!: number;

  @ApiProperty({ type: 'integer', description: 'Contacts the journey\'s re-entry rules kept out, or already in the journey.' })
  skipped!: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  startedAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  finishedAt!: string | null;
}
