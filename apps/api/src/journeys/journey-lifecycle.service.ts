import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JourneyVersion, type JourneyStatus } from '@cascade/db';
import { loadJourneyHistory, recordJourneyHistory, type JourneyHistoryEntry } from '@cascade/engine';
import type { GraphProblem } from '@cascade/journey';
import { scheduleBroadcast } from './broadcast-schedule';
import type { PublishJourneyDto } from './dto/publish-journey.dto';
import { GraphValidator } from './journey-graph';
import { findJourney, latestVersion } from './journey-rows';
import { JourneyError } from './journey.errors';
import { journeyView, publishedView, versionView, type JourneyView, type PublishedView, type VersionView } from './journey.view';

/** Publishing versions and moving a journey between active and paused. */
@Injectable()
export class JourneyLifecycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly validator: GraphValidator,
  ) {}

  /**
   * Freezes the draft into the next version. The journey row is locked FOR UPDATE first, so
   * concurrent publishes of one journey queue up and each reads the version its predecessor
   * committed: numbers go up by one, never twice the same. An invalid draft throws before
   * anything is written, and the throw rolls the transaction back. A broadcast trigger is
   * scheduled in the same transaction (broadcast-schedule.ts).
   */
  async publish(workspaceId: string, id: string, { note }: PublishJourneyDto): Promise<PublishedView> {
    return this.dataSource.transaction(async (manager) => {
      const journey = await findJourney(manager, { workspaceId, id, lock: true });
      if (journey.status === 'archived') throw JourneyError.archived(id, 'published');
      const problems = await this.validator.problems(workspaceId, journey.draft, manager);
      if (problems.length > 0) throw invalidDraft(problems);
      const version = ((await latestVersion(manager, id)) ?? 0) + 1;
      const row = await manager.save(manager.create(JourneyVersion, { journeyId: id, version, graph: journey.draft, note: note ?? null }));
      journey.status = 'active';
      await manager.save(journey);
      await scheduleBroadcast(manager, { journeyId: id, workspaceId, versionId: row.id, graph: journey.draft });
      await recordJourneyHistory(manager, { journeyId: id, kind: 'published', version, details: note ? { note } : {} });
      return publishedView(row);
    });
  }

  /** Stops new enrollments. Contacts already in the journey continue on their version. */
  pause(workspaceId: string, id: string): Promise<JourneyView> {
    return this.transition(workspaceId, id, { from: 'active', to: 'paused', action: 'paused' });
  }

  /** New contacts enter again, on the latest published version. */
  resume(workspaceId: string, id: string): Promise<JourneyView> {
    return this.transition(workspaceId, id, { from: 'paused', to: 'active', action: 'resumed' });
  }

  /** Newest first. */
  async versions(workspaceId: string, id: string): Promise<VersionView[]> {
    await findJourney(this.dataSource.manager, { workspaceId, id });
    const rows = await this.dataSource.getRepository(JourneyVersion).find({
      select: { version: true, publishedAt: true, note: true },
      where: { journeyId: id },
      order: { version: 'DESC' },
    });
    return rows.map(versionView);
  }

  /** What happened to the journey and why, oldest first: publications, pauses, winners chosen with their figures. */
  async history(workspaceId: string, id: string): Promise<JourneyHistoryEntry[]> {
    await findJourney(this.dataSource.manager, { workspaceId, id });
    return loadJourneyHistory(this.dataSource.manager, id);
  }

  private async transition(
    workspaceId: string,
    id: string,
    { from, to, action }: { from: JourneyStatus; to: JourneyStatus; action: 'paused' | 'resumed' },
  ): Promise<JourneyView> {
    return this.dataSource.transaction(async (manager) => {
      const journey = await findJourney(manager, { workspaceId, id, lock: true });
      if (journey.status === 'archived') throw JourneyError.archived(id, action);
      if (journey.status !== from) throw JourneyError.transition(id, journey.status, action, from);
      journey.status = to;
      await manager.save(journey);
      const version = await latestVersion(manager, id);
      await recordJourneyHistory(manager, { journeyId: id, kind: action, version });
      return journeyView(journey, version);
    });
  }
}

function invalidDraft(problems: GraphProblem[]): JourneyError {
  const details = problems.map(({ path, code, message, nodeId, edgeId }) => ({
    path, code, message, ...(nodeId === undefined ? {} : { nodeId }), ...(edgeId === undefined ? {} : { edgeId }),
  }));
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return new JourneyError('journey_invalid', `The journey has ${count}; fix them before publishing. Nothing was published.`, details);
}
