import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONVERTED_AFTER_ENTERING, EXITS_BY_HANDLE, NODE_COUNTS, WAITING_NOW } from './journey-stats.sql';
import { findPublishedVersion } from './published-version';

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
  /** Enrollments that entered the node (`entered` counts every visit). */
  reached: number;
  /** Of those, enrollments converting after entering it, within the goal window. */
  converted: number;
  /** converted / reached; null when nobody reached the node. */
  conversionRate: number | null;
  /** The goal events' amounts of those conversions. */
  revenue: number;
}

/** Per-node figures of a journey: SQL over step events (Postgres is the source of truth, never Temporal). */
@Injectable()
export class StatsService {
  constructor(private readonly dataSource: DataSource) {}

  async journeyStats(workspaceId: string, journeyId: string, version?: number): Promise<{ journeyId: string; version: number | null; nodes: NodeStats[] }> {
    const target = await findPublishedVersion(this.dataSource, workspaceId, journeyId, version);
    const params = [journeyId, version ? target.id : null];
    const [counts, exits, waiting, converted] = await Promise.all(
      [NODE_COUNTS, EXITS_BY_HANDLE, WAITING_NOW, CONVERTED_AFTER_ENTERING].map((sql) => this.dataSource.query(sql, params)),
    );
    const nodes = new Map<string, NodeStats>();
    const stats = (nodeId: string): NodeStats => {
      if (!nodes.has(nodeId)) nodes.set(nodeId, { nodeId, entered: 0, exited: {}, waiting: 0, sent: 0, delivered: 0, opened: 0, clicked: 0, failed: 0, suppressed: 0, reached: 0, converted: 0, conversionRate: null, revenue: 0 });
      return nodes.get(nodeId)!;
    };
    for (const node of target.graph.nodes) stats(node.id);
    for (const row of counts) Object.assign(stats(row.nodeId), row);
    for (const row of exits) stats(row.nodeId).exited[row.handle ?? 'next'] = row.n;
    for (const row of waiting) stats(row.nodeId).waiting = row.n;
    for (const { nodeId, reached, converted: n, revenue } of converted) {
      Object.assign(stats(nodeId), { reached, converted: n, conversionRate: reached > 0 ? n / reached : null, revenue });
    }
    return { journeyId, version: version ?? null, nodes: [...nodes.values()] };
  }
}
