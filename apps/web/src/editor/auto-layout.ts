import { Graph, layout } from '@dagrejs/dagre';
import { isEntryType, isRecord, type JourneyGraph } from '@cascade/journey';
import { edgeHandleOf, type Size } from './graph-mapping';
import { outputHandles } from './node-catalogue';
import { nodeCard } from './nodes/node-cards';

export const DEFAULT_NODE_WIDTH = 240;

/** A node's size before React Flow measured it: taller with more outputs, and as its bespoke card says. */
export function estimatedSize(node: JourneyGraph['nodes'][number]): Size {
  const extra = nodeCard(node.type)?.extraHeight?.(isRecord(node.config) ? node.config : {}) ?? 0;
  return { width: DEFAULT_NODE_WIDTH, height: 76 + 20 * Math.max(outputHandles(node).length, 1) + extra };
}

/**
 * Left-to-right positions (top-left corners, as React Flow stores them) for every node. Nodes and
 * edges are fed to dagre in the order a contact meets them — from the trigger, each node's outputs
 * in handle order — so siblings come out top to bottom in handle order (variant A above B, rules
 * above else).
 */
export function layoutPositions(graph: JourneyGraph, sizes: Readonly<Record<string, Size>> = {}): Record<string, { x: number; y: number }> {
  const dagre = new Graph({ multigraph: true });
  dagre.setGraph({ rankdir: 'LR', nodesep: 40, ranksep: 90, marginx: 20, marginy: 20 });
  dagre.setDefaultEdgeLabel(() => ({}));

  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const outgoing = new Map<string, JourneyGraph['edges']>();
  for (const edge of graph.edges) {
    if (!byId.has(edge.from) || !byId.has(edge.to)) continue;
    const list = outgoing.get(edge.from) ?? [];
    list.push(edge);
    outgoing.set(edge.from, list);
  }
  for (const [from, edges] of outgoing) {
    const order = outputHandles(byId.get(from)!);
    edges.sort((a, b) => rank(order, edgeHandleOf(a)) - rank(order, edgeHandleOf(b)));
  }

  const visited: string[] = [];
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    visited.push(id);
    for (const edge of outgoing.get(id) ?? []) visit(edge.to);
  };
  for (const node of graph.nodes) if (isEntryType(node.type)) visit(node.id);
  for (const node of graph.nodes) visit(node.id);

  for (const id of visited) {
    const size = sizes[id] ?? estimatedSize(byId.get(id)!);
    dagre.setNode(id, { width: size.width, height: size.height });
  }
  for (const id of visited) {
    for (const edge of [...(outgoing.get(id) ?? [])].reverse()) dagre.setEdge(edge.from, edge.to, {}, edgeHandleOf(edge));
  }
  layout(dagre);

  const positions: Record<string, { x: number; y: number }> = {};
  for (const id of visited) {
    const { x, y, width, height } = dagre.node(id);
    positions[id] = { x: Math.round(x - width / 2), y: Math.round(y - height / 2) };
  }
  return positions;
}

function rank(order: string[], handle: string): number {
  const index = order.indexOf(handle);
  return index === -1 ? order.length : index;
}
