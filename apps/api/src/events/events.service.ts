import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ingestEvents } from '@cascade/engine';
import type { EventDto } from './dto/event.dto';

export interface IngestResult {
  accepted: number;
  duplicates: number;
}

/**
 * Stores events and their routing work in one transaction (the outbox): once this answers, no event
 * is lost, whether or not Temporal and the worker are up. The worker's dispatcher routes them.
 */
@Injectable()
export class EventsService {
  constructor(private readonly dataSource: DataSource) {}

  /** An event naming a contactId the workspace lacks refuses the batch: UnknownContactsError, a 400 naming each such event. */
  async ingest(workspaceId: string, events: EventDto[]): Promise<IngestResult> {
    return this.dataSource.transaction((manager) => ingestEvents(manager, workspaceId, events));
  }
}
