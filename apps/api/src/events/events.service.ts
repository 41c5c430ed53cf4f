import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ingestEvents, UnknownContactsError } from '@cascade/engine';
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

  async ingest(workspaceId: string, events: EventDto[]): Promise<IngestResult> {
    try {
      return await this.dataSource.transaction((manager) => ingestEvents(manager, workspaceId, events));
    } catch (error) {
      if (!(error instanceof UnknownContactsError)) throw error;
      throw new BadRequestException({
        message: error.message,
        details: error.indexes.map((index) => ({ path: `events[${index}].contactId`, code: error.code, message: 'no such contact in this workspace' })),
      });
    }
  }
}
