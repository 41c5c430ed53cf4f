import { DEFAULT_HANDLE, type JourneyEdge, type JourneyGraph, type JourneyNode } from './graph.types';

/** Look-ups over a graph, built once per run. */
export class GraphIndex {
  private readonly nodes = new Map<string, JourneyNode>();
  private readonly next = new Map<string, string>();

  constructor(readonly graph: JourneyGraph) {
    for (const node of graph.nodes) this.nodes.set(node.id, node);
    for (const edge of graph.edges) this.next.set(edgeKey(edge.from, edge.handle), edge.to);
  }

  node(id: string): JourneyNode {
    const node = this.nodes.get(id);
    if (!node) throw new Error(`journey has no node "${id}"`);
    return node;
  }

  /** The node an edge leads to from `nodeId` through `handle`, or undefined when none is connected. */
  target(nodeId: string, handle: string): string | undefined {
    return this.next.get(edgeKey(nodeId, handle));
  }

  trigger(): JourneyNode {
    const trigger = this.graph.nodes.find((node) => node.type === 'trigger');
    if (!trigger) throw new Error('journey has no trigger');
    return trigger;
  }
}

export function edgeKey(from: string, handle: string | undefined): string {
  return `${from}\u0000${handle ?? DEFAULT_HANDLE}`;
}

export function edgeHandle(edge: JourneyEdge): string {
  return edge.handle ?? DEFAULT_HANDLE;
}
