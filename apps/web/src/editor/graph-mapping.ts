import type { Edge, Node } from '@xyflow/react';
import { DEFAULT_HANDLE, type GraphProblem, type JourneyEdge, type JourneyGraph, type JourneyNode, type JourneySettings } from '@cascade/journey';
import { nodeCard } from './nodes/node-cards';
import type { PathHighlight } from './simulate/path-highlight';
import type { LiveStats } from './stats/live-stats';

/** Which component draws a journey node (keys of `nodeTypes` in nodes/node-types.ts): its type's bespoke card, else `step`. */
export type FlowNodeKind = string;

export function flowNodeKind(type: string): FlowNodeKind {
  return nodeCard(type) ? type : 'step';
}

export type NodeLiveStats = LiveStats['nodes'][string];

/** What a node component receives: the journey node itself plus what the canvas overlays on it. */
export interface JourneyNodeData extends Record<string, unknown> {
  node: JourneyNode;
  problems: readonly GraphProblem[];
  stats?: NodeLiveStats;
  /** When a simulated contact entered this node (ISO, virtual clock); set only on the highlighted path. */
  enteredAt?: string;
  /** True while a path is highlighted and this node is not on it. */
  dimmed?: boolean;
}

export interface JourneyEdgeData extends Record<string, unknown> {
  /** The journey edge as stored, so mapping back is lossless (its id or lack of one). */
  edge: JourneyEdge;
  handle: string;
  /** Share of the source node's exits that took this edge (0..1), while live stats are on. */
  share?: number;
  count?: number;
  highlighted?: boolean;
  dimmed?: boolean;
}

export type JourneyFlowNode = Node<JourneyNodeData, FlowNodeKind>;
export type JourneyFlowEdge = Edge<JourneyEdgeData, 'journey'>;

export interface Size {
  width: number;
  height: number;
}

/** Everything a flow mapping depends on besides the graph. All optional. */
export interface FlowOverlay {
  problemsByNode?: Readonly<Record<string, readonly GraphProblem[]>>;
  selectedNodes?: ReadonlySet<string>;
  selectedEdges?: ReadonlySet<string>;
  /** Positions of nodes being dragged (not yet committed to the graph). */
  dragPositions?: Readonly<Record<string, { x: number; y: number }>>;
  /** Sizes React Flow measured, carried on the nodes it is given back (controlled mode needs them). */
  measured?: Readonly<Record<string, Size>>;
  stats?: LiveStats | null;
  highlight?: PathHighlight | null;
}

const NO_PROBLEMS: readonly GraphProblem[] = Object.freeze([]);

/** Where a node without a stored position is drawn: a row, in graph order. */
export function fallbackPosition(index: number): { x: number; y: number } {
  return { x: index * 280, y: 0 };
}

/** The handle an edge leaves through (`next` when it names none). */
export function edgeHandleOf(edge: JourneyEdge): string {
  return edge.handle ?? DEFAULT_HANDLE;
}

/** A stable edge id, the same one validation uses in `edgeId`: the edge's own id, else `from.handle->to`. */
export function flowEdgeId(edge: JourneyEdge): string {
  return edge.id ? edge.id : `${edge.from}.${edgeHandleOf(edge)}->${edge.to}`;
}

/** The key live stats and path highlights use for an edge: `${from}.${handle}`. */
export function edgeStatsKey(edge: JourneyEdge): string {
  return `${edge.from}.${edgeHandleOf(edge)}`;
}

export function toFlowNode(node: JourneyNode, index: number, overlay: FlowOverlay = {}): JourneyFlowNode {
  const enteredAt = overlay.highlight?.nodes[node.id];
  const data: JourneyNodeData = { node, problems: overlay.problemsByNode?.[node.id] ?? NO_PROBLEMS };
  const stats = overlay.stats?.nodes[node.id];
  if (stats) data.stats = stats;
  if (enteredAt) data.enteredAt = enteredAt;
  if (overlay.highlight && !enteredAt) data.dimmed = true;
  const flow: JourneyFlowNode = {
    id: node.id,
    type: flowNodeKind(node.type),
    position: overlay.dragPositions?.[node.id] ?? node.position ?? fallbackPosition(index),
    data,
    selected: overlay.selectedNodes?.has(node.id) ?? false,
  };
  const measured = overlay.measured?.[node.id];
  if (measured) flow.measured = measured;
  return flow;
}

export function toFlowEdge(edge: JourneyEdge, overlay: FlowOverlay = {}): JourneyFlowEdge {
  const id = flowEdgeId(edge);
  const handle = edgeHandleOf(edge);
  const key = edgeStatsKey(edge);
  const data: JourneyEdgeData = { edge, handle };
  const share = overlay.stats?.edges[key];
  if (share) {
    data.share = share.share;
    data.count = share.count;
  }
  if (overlay.highlight) {
    if (overlay.highlight.edges.includes(key)) data.highlighted = true;
    else data.dimmed = true;
  }
  return { id, type: 'journey', source: edge.from, target: edge.to, sourceHandle: handle, data, selected: overlay.selectedEdges?.has(id) ?? false };
}

/** The graph as React Flow nodes and edges. */
export function graphToFlow(graph: JourneyGraph, overlay: FlowOverlay = {}): { nodes: JourneyFlowNode[]; edges: JourneyFlowEdge[] } {
  return {
    nodes: graph.nodes.map((node, index) => toFlowNode(node, index, overlay)),
    edges: uniqueIds(graph.edges.map((edge) => toFlowEdge(edge, overlay))),
  };
}

/** Exact duplicate edges (which validation reports) still need distinct React keys. */
function uniqueIds(edges: JourneyFlowEdge[]): JourneyFlowEdge[] {
  const seen = new Map<string, number>();
  return edges.map((edge) => {
    const count = seen.get(edge.id) ?? 0;
    seen.set(edge.id, count + 1);
    return count === 0 ? edge : { ...edge, id: `${edge.id}#${count + 1}` };
  });
}

/** React Flow nodes and edges back into the graph: config, label and ids from the data, positions from the flow. */
export function flowToGraph(nodes: readonly JourneyFlowNode[], edges: readonly JourneyFlowEdge[], settings?: JourneySettings): JourneyGraph {
  const graph: JourneyGraph = {
    nodes: nodes.map((flow, index) => {
      const { position: stored, ...rest } = flow.data.node;
      const unmovedFallback = !stored && samePoint(flow.position, fallbackPosition(index));
      return unmovedFallback ? { ...rest, id: flow.id } : { ...rest, id: flow.id, position: { x: flow.position.x, y: flow.position.y } };
    }),
    edges: edges.map((flow) => {
      const original = flow.data?.edge;
      const handle = flow.sourceHandle ?? DEFAULT_HANDLE;
      const edge: JourneyEdge = { ...(original ?? {}), from: flow.source, to: flow.target };
      if (original?.handle !== undefined || handle !== DEFAULT_HANDLE) edge.handle = handle;
      else delete edge.handle;
      return edge;
    }),
  };
  if (settings !== undefined) graph.settings = settings;
  return graph;
}

function samePoint(a: { x: number; y: number }, b: { x: number; y: number }): boolean {
  return a.x === b.x && a.y === b.y;
}

/**
 * A mapper that hands back the same node and edge objects while nothing about them changed, so
 * memoised node components and React Flow's own equality checks skip them (a 200-node canvas
 * re-renders only the node that was edited or dragged).
 */
export function createFlowMapper() {
  let nodeCache = new Map<string, { inputs: unknown[]; flow: JourneyFlowNode }>();
  let edgeCache = new Map<string, { inputs: unknown[]; flow: JourneyFlowEdge }>();
  let lastNodes: JourneyFlowNode[] = [];
  let lastEdges: JourneyFlowEdge[] = [];

  return (graph: JourneyGraph, overlay: FlowOverlay = {}) => {
    const nextNodeCache = new Map<string, { inputs: unknown[]; flow: JourneyFlowNode }>();
    const nodes = graph.nodes.map((node, index) => {
      const inputs = [
        node, index, overlay.problemsByNode?.[node.id] ?? NO_PROBLEMS, overlay.selectedNodes?.has(node.id) ?? false,
        overlay.dragPositions?.[node.id], overlay.measured?.[node.id], overlay.stats?.nodes[node.id],
        overlay.highlight ? overlay.highlight.nodes[node.id] ?? null : undefined,
      ];
      const cached = nodeCache.get(node.id);
      const flow = cached && sameInputs(cached.inputs, inputs) ? cached.flow : toFlowNode(node, index, overlay);
      nextNodeCache.set(node.id, { inputs, flow });
      return flow;
    });
    const nextEdgeCache = new Map<string, { inputs: unknown[]; flow: JourneyFlowEdge }>();
    const edges = uniqueIds(graph.edges.map((edge) => {
      const id = flowEdgeId(edge);
      const key = edgeStatsKey(edge);
      const inputs = [
        edge, overlay.selectedEdges?.has(id) ?? false, overlay.stats?.edges[key],
        overlay.highlight ? overlay.highlight.edges.includes(key) : undefined,
      ];
      const cached = edgeCache.get(id);
      const flow = cached && sameInputs(cached.inputs, inputs) ? cached.flow : toFlowEdge(edge, overlay);
      nextEdgeCache.set(id, { inputs, flow });
      return flow;
    }));
    nodeCache = nextNodeCache;
    edgeCache = nextEdgeCache;
    if (!sameInputs(lastNodes, nodes)) lastNodes = nodes;
    if (!sameInputs(lastEdges, edges)) lastEdges = edges;
    return { nodes: lastNodes, edges: lastEdges };
  };
}

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
