import type { JourneyGraph, SplitConfig } from '@cascade/journey';

export interface SplitNode {
  id: string;
  label: string | null;
  config: SplitConfig;
}

/** The split nodes of a published (so validated) graph, in graph order. */
export function splitNodes(graph: JourneyGraph): SplitNode[] {
  return graph.nodes
    .filter((node) => node.type === 'split')
    .map((node) => ({ id: node.id, label: node.label ?? null, config: node.config as unknown as SplitConfig }));
}
