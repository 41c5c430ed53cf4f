import { IsIn, IsOptional } from 'class-validator';
import type { JourneyStatus } from '@cascade/db';

export const JOURNEY_STATUSES: readonly JourneyStatus[] = ['draft', 'active', 'paused', 'archived'];

export class ListJourneysQuery {
  /** Only journeys in this status. Without it, every journey except archived (deleted) ones. */
  @IsIn(JOURNEY_STATUSES)
  @IsOptional()
  status?: JourneyStatus;
}
