import type { JourneyGraph } from '@cascade/journey';
import type { NodeStats } from '../../api/journeys';
import { toLiveStats } from './to-live-stats';

const node = (nodeId: string, figures: Partial<NodeStats> = {}): NodeStats => ({
  nodeId, entered: 0, exited: {}, waiting: 0, sent: 0, delivered: 0, opened: 0, clicked: 0, failed: 0, suppressed: 0,
  reached: 0, converted: 0, conversionRate: null, revenue: 0, ...figures,
});

describe('toLiveStats', () => {
  it('keeps the per-node figures the canvas shows', () => {
    const live = toLiveStats([node('remind', { entered: 120, waiting: 7, sent: 150, delivered: 140, opened: 60, clicked: 12, reached: 120, converted: 30, conversionRate: 0.25, revenue: 999 })]);
    expect(live.nodes.remind).toEqual({ entered: 120, waiting: 7, sent: 150, opened: 60, clicked: 12, converted: 30, conversionRate: 0.25 });
  });

  it('gives each handle its share of the node\'s exits, and the count', () => {
    const live = toLiveStats([node('remind', { entered: 100, exited: { success: 75, exhausted: 25 } }), node('start', { entered: 100, exited: { next: 100 } })]);
    expect(live.edges).toEqual({
      'remind.success': { share: 0.75, count: 75 },
      'remind.exhausted': { share: 0.25, count: 25 },
      'start.next': { share: 1, count: 100 },
    });
  });

  it('shares are 0, never NaN, for a node nobody has left yet', () => {
    const live = toLiveStats([node('wait1', { entered: 3, waiting: 3, exited: { next: 0 } })]);
    expect(live.edges['wait1.next']).toEqual({ share: 0, count: 0 });
    expect(live.nodes.wait1.conversionRate).toBeNull();
  });

  it('with the graph, fills every node and edge with zeros where nothing happened', () => {
    const graph: JourneyGraph = {
      nodes: [{ id: 'start', type: 'trigger' }, { id: 'check', type: 'branch' }, { id: 'a', type: 'exit' }, { id: 'b', type: 'exit' }],
      edges: [{ from: 'start', to: 'check' }, { from: 'check', handle: 'vip', to: 'a' }, { from: 'check', handle: 'else', to: 'b' }],
    };
    const live = toLiveStats([node('start', { entered: 4, exited: { next: 4 } }), node('check', { entered: 4, exited: { else: 4 } })], graph);
    expect(live.edges).toEqual({
      'start.next': { share: 1, count: 4 },
      'check.vip': { share: 0, count: 0 },
      'check.else': { share: 1, count: 4 },
    });
    expect(live.nodes.a).toEqual({ entered: 0, waiting: 0, sent: 0, opened: 0, clicked: 0, converted: 0, conversionRate: null });
  });

  it('is empty without figures', () => {
    expect(toLiveStats([])).toEqual({ nodes: {}, edges: {} });
  });
});
