import { ApiProperty } from '@nestjs/swagger';

/** POST /events (events.service.ts): stored, routed by the worker. */
export class IngestResultResponse {
  @ApiProperty({ type: 'integer', description: 'Events stored by this call.' })
  accepted!: number;

  @ApiProperty({ type: 'integer', description: 'Events whose messageId was stored before, skipped.' })
  duplicates!: number;
}
