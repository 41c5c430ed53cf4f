import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { broadcastView, type BroadcastRow, type BroadcastView } from './broadcast.view';
import { findJourney } from './journey-rows';
import { JourneyError } from './journey.errors';

/** A broadcast journey's progress; the worker's BroadcastProcessor does the sending. */
@Injectable()
export class JourneyBroadcastService {
  constructor(private readonly dataSource: DataSource) {}

  async progress(workspaceId: string, id: string): Promise<BroadcastView> {
    await findJourney(this.dataSource.manager, { workspaceId, id });
    const [row]: BroadcastRow[] = await this.dataSource.query(
      `SELECT status, scheduled_at, rate_per_second, total, enrolled, skipped, started_at, finished_at FROM broadcasts WHERE journey_id = $1`, [id]);
    if (!row) {
      const message = `Journey ${id} has no broadcast: it has not been published with a broadcast trigger.`;
      throw new JourneyError('journey_not_found', message, [{ path: 'id', code: 'broadcast_not_found', message }]);
    }
    return broadcastView(row);
  }
}
