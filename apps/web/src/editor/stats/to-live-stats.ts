import { edgeHandle, type JourneyGraph } from '@cascade/journey';
import type { NodeStats } from '../../api/journeys';
import type { LiveStats } from './live-stats';

/** The edge key the canvas looks figures up by: `${from}.${handle}`. */
export const edgeKey = (from: string, handle: string) => `${from}.${handle}`;

const count = (value: unknown): number => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : 0;
};

/**
 * The figures of GET /journeys/:id/stats as the canvas shows them: per node its counts, per edge
 * the share of the node's exits that left through its handle (0 when the node has no exits yet).
 * With `graph`, every node and edge of the graph has an entry (zeros where nothing happened), so
 * the canvas never has to tell "no data" from "none".
 */
export function toLiveStats(stats: readonly NodeStats[], graph?: JourneyGraph): LiveStats {
  const live: LiveStats = { nodes: {}, edges: {} };
  for (const node of graph?.nodes ?? []) {
    live.nodes[node.id] = { entered: 0, waiting: 0, sent: 0, opened: 0, clicked: 0, converted: 0, conversionRate: null };
  }
  for (const edge of graph?.edges ?? []) live.edges[edgeKey(edge.from, edgeHandle(edge))] = { share: 0, count: 0 };

  for (const node of stats) {
    const conversionRate = node.conversionRate === null || node.conversionRate === undefined || !Number.isFinite(Number(node.conversionRate))
      ? null
      : Number(node.conversionRate);
    live.nodes[node.nodeId] = {
      entered: count(node.entered),
      waiting: count(node.waiting),
      sent: count(node.sent),
      opened: count(node.opened),
      clicked: count(node.clicked),
      converted: count(node.converted),
      conversionRate,
    };
    const exits = Object.entries(node.exited ?? {}).map(([handle, n]) => [handle || 'next', count(n)] as const);
    const total = exits.reduce((sum, [, n]) => sum + n, 0);
    for (const [handle, n] of exits) {
      const key = edgeKey(node.nodeId, handle);
      const previous = live.edges[key]?.count ?? 0;
      live.edges[key] = { count: previous + n, share: total > 0 ? (previous + n) / total : 0 };
    }
  }
  return live;
}
