import { Injectable } from '@nestjs/common';
import { DataSource, Not } from 'typeorm';
import { Journey } from '@cascade/db';
import { recordJourneyHistory } from '@cascade/engine';
import type { GraphProblem, JourneyGraph } from '@cascade/journey';
import type { CreateJourneyDto } from './dto/create-journey.dto';
import type { ListJourneysQuery } from './dto/list-journeys.query';
import type { UpdateJourneyDto } from './dto/update-journey.dto';
import { copyName } from './journey-copy-name';
import { journeyCounts, NO_COUNTS } from './journey-counts';
import { emptyGraph, GraphValidator } from './journey-graph';
import { findJourney, latestVersion, latestVersions } from './journey-rows';
import { JourneyError } from './journey.errors';
import { draftView, journeyView, type JourneyDraftView, type JourneyListItem, type JourneyView } from './journey.view';

/** Journey drafts: a draft is saved even when invalid, with what validation found; publishing is stricter. */
@Injectable()
export class JourneysService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly validator: GraphValidator,
  ) {}

  async create(workspaceId: string, { name, graph }: CreateJourneyDto): Promise<JourneyDraftView> {
    return this.insertDraft(workspaceId, name, graph ?? emptyGraph());
  }

  /** Newest first, with their counts. Archived (deleted) journeys are listed only when asked for by `status`. */
  async list(workspaceId: string, { status }: ListJourneysQuery): Promise<JourneyListItem[]> {
    const journeys = await this.dataSource.getRepository(Journey).find({
      where: { workspaceId, status: status ?? Not('archived') },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    const ids = journeys.map((journey) => journey.id);
    const [latest, counts] = await Promise.all([latestVersions(this.dataSource.manager, ids), journeyCounts(this.dataSource.manager, ids)]);
    return journeys.map((journey) => ({ ...journeyView(journey, latest.get(journey.id) ?? null), ...(counts.get(journey.id) ?? NO_COUNTS) }));
  }

  /** A new draft with the journey's name and draft graph; archived journeys too (a way to revive one). Versions, enrollments and history are not copied. */
  async duplicate(workspaceId: string, id: string): Promise<JourneyDraftView> {
    const source = await findJourney(this.dataSource.manager, { workspaceId, id });
    return this.insertDraft(workspaceId, copyName(source), source.draft);
  }

  async get(workspaceId: string, id: string): Promise<JourneyView> {
    const journey = await findJourney(this.dataSource.manager, { workspaceId, id });
    return journeyView(journey, await latestVersion(this.dataSource.manager, id));
  }

  /** Edits the draft only: published versions, and the enrollments running on them, are untouched. */
  async update(workspaceId: string, id: string, { name, graph }: UpdateJourneyDto): Promise<JourneyDraftView> {
    return this.dataSource.transaction(async (manager) => {
      const journey = await findJourney(manager, { workspaceId, id, lock: true });
      if (journey.status === 'archived') throw JourneyError.archived(id, 'edited');
      if (name !== undefined) journey.name = name;
      if (graph !== undefined) journey.draft = graph;
      await manager.save(journey);
      return draftView(journey, await latestVersion(manager, id), await this.validator.problems(workspaceId, journey.draft, manager));
    });
  }

  async validate(workspaceId: string, id: string): Promise<{ valid: boolean; problems: GraphProblem[] }> {
    const journey = await findJourney(this.dataSource.manager, { workspaceId, id });
    const problems = await this.validator.problems(workspaceId, journey.draft);
    return { valid: problems.length === 0, problems };
  }

  /**
   * DELETE archives instead of removing: versions stay, because enrollments are pinned to them.
   * No new contacts enter an archived journey; enrollments already running continue to the end.
   * Archiving twice is harmless.
   */
  async archive(workspaceId: string, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const journey = await findJourney(manager, { workspaceId, id, lock: true });
      if (journey.status === 'archived') return;
      journey.status = 'archived';
      await manager.save(journey);
      await recordJourneyHistory(manager, { journeyId: id, kind: 'archived' });
    });
  }

  private async insertDraft(workspaceId: string, name: string, draft: JourneyGraph): Promise<JourneyDraftView> {
    const journeys = this.dataSource.getRepository(Journey);
    const journey = await journeys.save(journeys.create({ workspaceId, name, status: 'draft', draft }));
    return draftView(journey, null, await this.validator.problems(workspaceId, journey.draft));
  }
}
