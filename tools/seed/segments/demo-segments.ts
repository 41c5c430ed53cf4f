import type { EntityManager } from 'typeorm';
import type { JourneyGraph } from '@cascade/journey';
import { withSeedIds } from '../with-seed-ids';

/** The Demo workspace's segments, by the key the demo journeys use for `segmentId`. */
export const DEMO_SEGMENTS: Record<string, { name: string; description: string; kind: string; definition: object }> = {
  new: { name: 'New customers', description: 'First purchase within 30 days', kind: 'lifecycle', definition: { stages: ['new'] } },
  active: { name: 'Active customers', description: 'Buying at their usual pace', kind: 'lifecycle', definition: { stages: ['active'] } },
  sleeping: { name: 'Sleeping customers', description: 'Silent for over twice their usual gap between purchases', kind: 'lifecycle', definition: { stages: ['sleeping'] } },
  churned: { name: 'Churned customers', description: 'Silent for over four times their usual gap', kind: 'lifecycle', definition: { stages: ['churned'] } },
  champions: { name: 'Champions', description: 'RFM: recent and frequent', kind: 'rfm', definition: { codes: [], cells: ['champions'] } },
  'at-risk': { name: 'At risk', description: 'RFM: once frequent, long silent', kind: 'rfm', definition: { codes: [], cells: ['at_risk', 'cant_lose'] } },
  'mattress-no-cover': {
    name: 'Mattress without a cover',
    description: 'Bought a mattress but no mattress cover in the last 30 days',
    kind: 'rule',
    definition: {
      condition: {
        all: [
          { event: 'purchase', within: 'P30D', where: { attribute: 'category', op: 'eq', value: 'mattress' } },
          { not: { event: 'purchase', within: 'P30D', where: { attribute: 'category', op: 'eq', value: 'mattress_cover' } } },
        ],
      },
    },
  },
};

/**
 * Creates the demo segments, empty: the first refresh (after the customers are loaded) scores the
 * customers and fills them quietly, with no entry events for those already in them.
 */
export async function insertDemoSegments(manager: EntityManager, workspaceId: string): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const [key, segment] of Object.entries(DEMO_SEGMENTS)) {
    const [row] = await manager.query(
      `INSERT INTO segments (workspace_id, name, description, kind, definition) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [workspaceId, segment.name, segment.description, segment.kind, JSON.stringify(segment.definition)]);
    ids[key] = row.id;
  }
  return ids;
}

/** The graph with demo segment keys (`"segmentId": "sleeping"`) replaced by the workspace's segment ids. */
export function withSegmentIds<T extends Pick<JourneyGraph, 'nodes'>>(graph: T, ids: Record<string, string>): T {
  return withSeedIds(graph, ['segmentId', 'inSegment'], ids);
}
