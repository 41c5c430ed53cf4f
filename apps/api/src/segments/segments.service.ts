import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { fillSegment, loadAnalyticsSettings, lockWorkspaceSegments, refreshWorkspaceSegments, toSegmentRow, type WorkspaceRefresh } from '@cascade/engine';
import {
  compileSegment, orderSegments, SegmentConditionError, segmentDependencies, SegmentSettingsError, validateSegmentDefinition, type SegmentDefinition,
} from '@cascade/segments';
import type { CreateSegmentDto } from './dto/create-segment.dto';
import type { SegmentDefinitionDto } from './dto/segment-definition.dto';
import type { UpdateSegmentDto } from './dto/update-segment.dto';
import { SegmentError } from './segment.errors';
import { toSegmentView, type SegmentRecord, type SegmentView } from './segment.view';
import { segmentUsers } from './segment-usage';

/** Members are counted when read (the partial index on current stays serves it): never a stale counter. */
export const SEGMENT_COLUMNS = `id, workspace_id, name, description, kind, definition, refreshed_at, created_at, updated_at,
  (SELECT count(*)::int FROM segment_memberships m WHERE m.segment_id = segments.id AND m.exited_at IS NULL) AS members`;
const DEFINITION_FIELDS = ['condition', 'codes', 'cells', 'stages'] as const;

export interface SegmentPreview {
  count: number;
  /** Up to 10 members, to check the rule by eye. */
  sample: { contactId: string; externalId: string | null; email: string | null }[];
}

/**
 * Segments of a workspace (docs/segments-and-analytics.md). Saving fills the membership at once: the first fill is
 * quiet (nobody "enters" a segment that just came to exist); after an edit, contacts whose
 * membership changes enter or leave it like after any other change.
 */
@Injectable()
export class SegmentsService {
  constructor(private readonly dataSource: DataSource) {}

  async create(workspaceId: string, dto: CreateSegmentDto): Promise<SegmentView> {
    const definition = await this.definitionOf(workspaceId, dto);
    const id = await this.dataSource.transaction(async (manager) => {
      await lockWorkspaceSegments(manager, workspaceId);
      await this.checkReferences(manager, workspaceId, null, definition);
      const [row] = await this.insert(manager, workspaceId, dto.name, dto.description ?? null, definition);
      await fillSegment(manager, toSegmentRow({ ...row, workspace_id: workspaceId }), new Date().toISOString());
      return row.id as string;
    });
    return this.get(workspaceId, id);
  }

  async list(workspaceId: string): Promise<SegmentView[]> {
    const rows: SegmentRecord[] = await this.dataSource.query(`SELECT ${SEGMENT_COLUMNS} FROM segments WHERE workspace_id = $1 ORDER BY lower(name)`, [workspaceId]);
    return rows.map(toSegmentView);
  }

  async get(workspaceId: string, id: string): Promise<SegmentView> {
    return toSegmentView(await this.record(this.dataSource.manager, workspaceId, id));
  }

  async update(workspaceId: string, id: string, dto: UpdateSegmentDto): Promise<SegmentView> {
    await this.dataSource.transaction(async (manager) => {
      await lockWorkspaceSegments(manager, workspaceId);
      const current = await this.record(manager, workspaceId, id);
      const changesDefinition = DEFINITION_FIELDS.some((field) => dto[field] !== undefined);
      if (changesDefinition && current.kind === 'cluster') {
        throw SegmentError.invalid([{ path: 'kind', message: 'a cluster segment\'s definition comes from clustering: cluster again instead' }]);
      }
      const definition = changesDefinition
        ? await this.definitionOf(workspaceId, { kind: current.kind, ...current.definition, ...pick(dto) } as SegmentDefinitionDto, manager)
        : null;
      if (definition) await this.checkReferences(manager, workspaceId, id, definition);
      const { kind: _kind, ...stored } = definition ?? { kind: current.kind, ...current.definition };
      await manager.query(
        `UPDATE segments SET name = $3, description = $4, definition = $5, updated_at = now() WHERE workspace_id = $1 AND id = $2`,
        [workspaceId, id, dto.name ?? current.name, dto.description === undefined ? current.description : dto.description, JSON.stringify(stored)],
      ).catch(nameTaken(dto.name ?? current.name));
      if (definition) {
        await fillSegment(manager, toSegmentRow({ ...current, workspace_id: workspaceId, definition: stored }), new Date().toISOString());
      }
    });
    return this.get(workspaceId, id);
  }

  /** 409 naming the journeys and segments that use it. */
  async delete(workspaceId: string, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await lockWorkspaceSegments(manager, workspaceId);
      await this.record(manager, workspaceId, id);
      const users = await segmentUsers(manager, workspaceId, id.toLowerCase());
      if (users.length > 0) throw SegmentError.inUse(id, users);
      await manager.query(`DELETE FROM segments WHERE workspace_id = $1 AND id = $2`, [workspaceId, id]);
    });
  }

  /** How many contacts a definition selects now, without saving anything. */
  async preview(workspaceId: string, dto: SegmentDefinitionDto): Promise<SegmentPreview> {
    const definition = await this.definitionOf(workspaceId, dto);
    await this.checkReferences(this.dataSource.manager, workspaceId, null, definition);
    const { sql, params } = compileSegment(definition, { workspaceParam: 1, now: new Date().toISOString() });
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM contacts c WHERE ${sql}`, [workspaceId, ...params]);
    const sample: { id: string; external_id: string | null; email: string | null }[] = await this.dataSource.query(
      `SELECT c.id, c.external_id, c.email FROM contacts c WHERE ${sql} ORDER BY c.created_at DESC, c.id LIMIT 10`, [workspaceId, ...params]);
    return { count, sample: sample.map((row) => ({ contactId: row.id, externalId: row.external_id, email: row.email })) };
  }

  /** Recomputes scores and every segment now rather than at the next scheduled refresh. */
  refresh(workspaceId: string): Promise<WorkspaceRefresh> {
    return refreshWorkspaceSegments(this.dataSource, { workspaceId });
  }

  async record(manager: EntityManager, workspaceId: string, id: string): Promise<SegmentRecord> {
    const [row] = await manager.query(`SELECT ${SEGMENT_COLUMNS} FROM segments WHERE workspace_id = $1 AND id = $2`, [workspaceId, id]);
    if (!row) throw SegmentError.notFound(id);
    return row;
  }

  insert(manager: EntityManager, workspaceId: string, name: string, description: string | null, definition: SegmentDefinition) {
    const { kind, ...stored } = definition;
    return manager.query(
      `INSERT INTO segments (workspace_id, name, description, kind, definition) VALUES ($1, $2, $3, $4, $5) RETURNING ${SEGMENT_COLUMNS}`,
      [workspaceId, name, description, kind, JSON.stringify(stored)],
    ).catch(nameTaken(name));
  }

  private async definitionOf(workspaceId: string, dto: SegmentDefinitionDto, manager: EntityManager = this.dataSource.manager): Promise<SegmentDefinition> {
    const settings = await loadAnalyticsSettings(manager, workspaceId);
    try {
      const definition = validateSegmentDefinition({ ...dto }, settings);
      // The schema lets through some conditions SQL cannot express (an object to compare with, `in` without a list): compiling finds them.
      compileSegment(definition, { workspaceParam: 1, now: new Date().toISOString() });
      return definition;
    } catch (error) {
      if (error instanceof SegmentSettingsError) throw SegmentError.invalid(error.details);
      if (error instanceof SegmentConditionError) throw SegmentError.invalid([{ path: 'condition', message: error.message }]);
      throw error;
    }
  }

  /** Segments read with inSegment must be the workspace's, and never read this one back (a cycle). */
  private async checkReferences(manager: EntityManager, workspaceId: string, id: string | null, definition: SegmentDefinition): Promise<void> {
    const dependencies = segmentDependencies(definition).map((dependency) => dependency.toLowerCase());
    if (dependencies.length === 0) return;
    const rows: SegmentRecord[] = await manager.query(`SELECT ${SEGMENT_COLUMNS} FROM segments WHERE workspace_id = $1`, [workspaceId]);
    const known = new Set(rows.map((row) => row.id));
    const unknown = dependencies.filter((dependency) => !known.has(dependency));
    if (unknown.length > 0) {
      const message = `inSegment names segments this workspace does not have: ${unknown.join(', ')}`;
      throw new SegmentError('segment_reference_unknown', message, [{ path: 'condition', code: 'segment_reference_unknown', message }]);
    }
    const self = { id: id ?? 'new', name: 'this segment', definition };
    try {
      orderSegments([...rows.filter((row) => row.id !== id).map((row) => toSegmentRow({ ...row, workspace_id: workspaceId })), self]);
    } catch (error) {
      if (error instanceof SegmentSettingsError) throw SegmentError.invalid(error.details);
      throw error;
    }
  }
}

function pick(dto: UpdateSegmentDto): Partial<SegmentDefinitionDto> {
  return Object.fromEntries(DEFINITION_FIELDS.filter((field) => dto[field] !== undefined).map((field) => [field, dto[field]]));
}

/** The unique (workspace, lower(name)) index refused the name. */
function nameTaken(name: string) {
  return (error: { code?: string }) => {
    if (error.code === '23505') throw SegmentError.nameTaken(name);
    throw error;
  };
}
