import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { JourneyGraph } from '@cascade/journey';
import { CONVERTED_AFTER_ENTERING, EXITS_BY_HANDLE, NODE_COUNTS, WAITING_NOW } from './journey-stats.sql';

export interface NodeStats {
  nodeId: string;
  entered: number;
  exited: Record<string, number>;
  waiting: number;
  sent: number;
  delivered: number;
  opened: number;
  clicked: number;
  failed: number;
  suppressed: number;
  converted: number;
}

/** Per-node figures of a journey: SQL over step events (Postgres is the source of truth, never Temporal). */
@Injectable()
export class StatsService {
  constructor(private readonly dataSource: DataSource) {}

  async journeyStats(workspaceId: string, journeyId: string, version?: number): Promise<{ journeyId: string; version: number | null; nodes: NodeStats[] }> {
    const [target] = await this.dataSource.query(
      `SELECT v.id, v.version, v.graph FROM journeys j JOIN journey_versions v ON v.journey_id = j.id
       WHERE j.id = $1 AND j.workspace_id = $2 AND ($3::int IS NULL OR v.version = $3) ORDER BY v.version DESC LIMIT 1`,
      [journeyId, workspaceId, version ?? null]);
    if (!target) throw new NotFoundException(version ? `journey ${journeyId} has no version ${version}` : `journey ${journeyId} has no published version`);
    const params = [journeyId, version ? target.id : null];
    const [counts, exits, waiting, converted] = await Promise.all(
      [NODE_COUNTS, EXITS_BY_HANDLE, WAITING_NOW, CONVERTED_AFTER_ENTERING].map((sql) => this.dataSource.query(sql, params)),
    );
    const nodes = new Map<string, NodeStats>();
    const stats = (nodeId: string): NodeStats => {
      if (!nodes.has(nodeId)) nodes.set(nodeId, { nodeId, entered: 0, exited: {}, waiting: 0, sent: 0, delivered: 0, opened: 0, clicked: 0, failed: 0, suppressed: 0, converted: 0 });
      return nodes.get(nodeId)!;
    };
    for (const node of (target.graph as JourneyGraph).nodes) stats(node.id);
    for (const row of counts) Object.assign(stats(row.nodeId), row);
    for (const row of exits) stats(row.nodeId).exited[row.handle ?? 'next'] = row.n;
    for (const row of waiting) stats(row.nodeId).waiting = row.n;
    for (const row of converted) stats(row.nodeId).converted = row.n;
    return { journeyId, version: version ?? null, nodes: [...nodes.values()] };
  }
}
