import { ApiProperty } from '@nestjs/swagger';

// What GET /journeys/:id/stats answers (stats.service.ts).

export class NodeStatsResponse {
  @ApiProperty()
  nodeId!: string;

  @ApiProperty({ type: 'integer', description: 'Every visit.' })
  entered!: number;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'Exits by handle (`next`, `yes`, a variant id…).' })
  exited!: Record<string, number>;

  @ApiProperty({ type: 'integer', description: 'Enrollments at the node now.' })
  waiting!: number;

  @ApiProperty({ type: 'integer' })
  sent!: number;

  @ApiProperty({ type: 'integer' })
  delivered!: number;

  @ApiProperty({ type: 'integer' })
  opened!: number;

  @ApiProperty({ type: 'integer' })
  clicked!: number;

  @ApiProperty({ type: 'integer' })
  failed!: number;

  @ApiProperty({ type: 'integer' })
  suppressed!: number;

  @ApiProperty({ type: 'integer', description: 'Enrollments that entered the node (`entered` counts every visit).' })
  reached!: number;

  @ApiProperty({ type: 'integer', description: 'Of those, enrollments converting after entering it, within the goal window.' })
  converted!: number;

  @ApiProperty({ type: 'number', nullable: true, description: 'converted / reached; null when nobody reached the node.' })
  conversionRate!: number | null;

  @ApiProperty({ type: 'number', description: 'The goal events\' amounts of those conversions.' })
  revenue!: number;
}

export class JourneyStatsResponse {
  @ApiProperty({ format: 'uuid' })
  journeyId!: string;

  @ApiProperty({ type: 'integer', nullable: true, description: 'The version filtered on; null: every version (nodes of the latest).' })
  version!: number | null;

  @ApiProperty({ type: () => [NodeStatsResponse] })
  nodes!: NodeStatsResponse[];
}
