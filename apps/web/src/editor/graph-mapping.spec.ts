import { describe, expect, it } from '@jest/globals';
import { generateLargeJourney, type JourneyGraph } from '@cascade/journey';
import { createFlowMapper, flowEdgeId, flowNodeKind, flowToGraph, graphToFlow } from './graph-mapping';

const cart = (): JourneyGraph => ({
  nodes: [
    { id: 'start', type: 'trigger', config: { kind: 'event', event: 'cart_abandoned' }, position: { x: 0, y: 0 } },
    { id: 'wait1', type: 'wait', label: 'An hour', config: { duration: 'PT1H' }, position: { x: 300, y: 10 } },
    { id: 'remind', type: 'cascade', config: { steps: [
      { channel: 'email', templateId: 'cart-email', waitFor: 'opened', within: 'PT24H' },
      { channel: 'sms', templateId: 'cart-sms' },
    ] }, position: { x: 600, y: 20 } },
    { id: 'done', type: 'exit', position: { x: 900, y: 0 } },
  ],
  edges: [
    { from: 'start', to: 'wait1' },
    { id: 'e2', from: 'wait1', to: 'remind' },
    { from: 'remind', handle: 'success', to: 'done' },
    { from: 'remind', handle: 'exhausted', to: 'done' },
  ],
  settings: { goal: { event: 'purchase', within: 'P7D' }, exitOnGoal: true, reentry: { mode: 'after_exit', cooldown: 'P30D' } },
});

describe('graph ↔ React Flow mapping', () => {
  it('maps node types to component keys, keeps positions and gives edges their journey handle', () => {
    const { nodes, edges } = graphToFlow(cart());
    expect(nodes.map((node) => node.type)).toEqual(['step', 'step', 'cascade', 'step']);
    expect(nodes[1].position).toEqual({ x: 300, y: 10 });
    expect(nodes[1].data.node.label).toBe('An hour');
    expect(edges.map((edge) => [edge.id, edge.source, edge.sourceHandle, edge.target])).toEqual([
      ['start.next->wait1', 'start', 'next', 'wait1'],
      ['e2', 'wait1', 'next', 'remind'],
      ['remind.success->done', 'remind', 'success', 'done'],
      ['remind.exhausted->done', 'remind', 'exhausted', 'done'],
    ]);
    expect(flowNodeKind('webhook')).toBe('step');
  });

  it('round-trips config, labels, settings, positions and edge ids losslessly', () => {
    const graph = cart();
    const { nodes, edges } = graphToFlow(graph);
    expect(flowToGraph(nodes, edges, graph.settings)).toEqual(graph);
  });

  it('round-trips a large journey, and positions moved on the canvas come back', () => {
    const graph = generateLargeJourney(200);
    const { nodes, edges } = graphToFlow(graph);
    expect(flowToGraph(nodes, edges, graph.settings)).toEqual(graph);
    const moved = nodes.map((node) => (node.id === 'wait_1' ? { ...node, position: { x: 5, y: 7 } } : node));
    expect(flowToGraph(moved, edges).nodes.find((node) => node.id === 'wait_1')?.position).toEqual({ x: 5, y: 7 });
  });

  it('leaves nodes without a stored position without one unless they were moved', () => {
    const graph: JourneyGraph = { nodes: [{ id: 'a', type: 'trigger', config: { kind: 'api' } }, { id: 'b', type: 'exit' }], edges: [{ from: 'a', to: 'b' }] };
    const { nodes, edges } = graphToFlow(graph);
    expect(flowToGraph(nodes, edges)).toEqual(graph);
  });

  it('overlays problems, selection, live stats and a simulated path', () => {
    const graph = cart();
    const problem = { nodeId: 'wait1', path: 'nodes[1].config', code: 'x', message: 'broken' };
    const { nodes, edges } = graphToFlow(graph, {
      problemsByNode: { wait1: [problem] },
      selectedNodes: new Set(['remind']),
      stats: {
        nodes: { wait1: { entered: 10, waiting: 2, sent: 0, opened: 0, clicked: 0, converted: 1, conversionRate: 0.1 } },
        edges: { 'remind.success': { share: 0.75, count: 3 } },
      },
      highlight: { nodes: { start: '2025-01-01T00:00:00Z', wait1: '2025-01-01T00:00:00Z' }, edges: ['start.next'] },
    });
    expect(nodes[1].data.problems).toEqual([problem]);
    expect(nodes[2].selected).toBe(true);
    expect(nodes[1].data.stats?.entered).toBe(10);
    expect(nodes[1].data.enteredAt).toBe('2025-01-01T00:00:00Z');
    expect(nodes[2].data.dimmed).toBe(true);
    expect(edges[2].data?.share).toBe(0.75);
    expect(edges[0].data?.highlighted).toBe(true);
    expect(edges[1].data?.dimmed).toBe(true);
  });

  it('gives exact duplicate edges distinct ids', () => {
    const graph: JourneyGraph = { nodes: [], edges: [{ from: 'a', to: 'b' }, { from: 'a', to: 'b' }] };
    expect(graphToFlow(graph).edges.map((edge) => edge.id)).toEqual(['a.next->b', 'a.next->b#2']);
    expect(flowEdgeId({ from: 'a', handle: 'x', to: 'b' })).toBe('a.x->b');
  });

  it('reuses unchanged node and edge objects between mappings', () => {
    const map = createFlowMapper();
    const graph = cart();
    const first = map(graph);
    expect(map(graph)).toEqual(first);
    expect(map(graph).nodes).toBe(first.nodes);
    const edited: JourneyGraph = { ...graph, nodes: graph.nodes.map((node) => (node.id === 'wait1' ? { ...node, label: 'Two hours' } : node)) };
    const second = map(edited);
    expect(second.nodes[0]).toBe(first.nodes[0]);
    expect(second.nodes[1]).not.toBe(first.nodes[1]);
    expect(second.nodes[1].data.node.label).toBe('Two hours');
    expect(second.edges).toBe(first.edges);
  });
});
