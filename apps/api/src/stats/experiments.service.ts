import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AnalyticsError, loadSplitExperiments, type SplitExperiment } from '@cascade/engine';
import type { JourneySettings } from '@cascade/journey';
import type { ExperimentsQueryDto } from './dto/experiments-query.dto';
import { findPublishedVersion } from './published-version';

export interface ExperimentsReport {
  journeyId: string;
  /** The version filtered on, or null for all versions (split configuration from the latest). */
  version: number | null;
  from: string | null;
  to: string | null;
  /** What counts as a conversion; null when the journey has no goal (then nothing converts). */
  goal: JourneySettings['goal'] | null;
  splits: SplitExperiment[];
}

/** The A/B figures of every split node of a journey (docs/experiments.md): SQL over step events and conversions, statistics from @cascade/stats. */
@Injectable()
export class ExperimentsService {
  constructor(private readonly dataSource: DataSource) {}

  async experiments(workspaceId: string, journeyId: string, query: ExperimentsQueryDto): Promise<ExperimentsReport> {
    if (query.from && query.to && Date.parse(query.from) >= Date.parse(query.to)) {
      throw new AnalyticsError('analytics_period_invalid', 'to', 'to must be after from');
    }
    const target = await findPublishedVersion(this.dataSource, workspaceId, journeyId, query.version);
    const splits = await loadSplitExperiments(this.dataSource.manager, target.graph, {
      journeyId, versionId: query.version ? target.id : null, from: query.from ?? null, to: query.to ?? null, minimumDetectableEffect: query.mde,
    });
    return {
      journeyId, version: query.version ?? null, from: query.from ?? null, to: query.to ?? null,
      goal: target.graph.settings?.goal ?? null, splits,
    };
  }
}
