import { DEFAULT_HANDLE, type JourneyEdge, type JourneyGraph, type JourneyNode, type JourneySettings } from '@cascade/journey';
import { edgeHandleOf, flowEdgeId } from './graph-mapping';
import { acceptsInput, defaultConfigOf, outputHandles } from './node-catalogue';
import { freshNodeId } from './node-ids';

/** Pure, immutable edits of a journey graph; the store records them in its history. */

export type Point = { x: number; y: number };

export function addNodeTo(graph: JourneyGraph, type: string, position: Point, channel?: string): { graph: JourneyGraph; id: string } {
  const id = freshNodeId(type, new Set(graph.nodes.map((node) => node.id)));
  const node: JourneyNode = { id, type, config: defaultConfigOf(type, channel), position: roundPoint(position) };
  return { graph: { ...graph, nodes: [...graph.nodes, node] }, id };
}

export type ConnectResult =
  | { ok: true; graph: JourneyGraph; replaced?: JourneyEdge }
  | { ok: false; reason: 'unknown_node' | 'into_trigger' | 'self' | 'unknown_handle' | 'duplicate' };

/**
 * Connects `from`'s `handle` output to `to`. One edge per output: connecting an output that is
 * already connected replaces that edge. Refused: an unknown node or output, an edge into the
 * trigger, a node into itself, and the very same edge again.
 */
export function connectIn(graph: JourneyGraph, from: string, handle: string, to: string): ConnectResult {
  const source = graph.nodes.find((node) => node.id === from);
  const target = graph.nodes.find((node) => node.id === to);
  if (!source || !target) return { ok: false, reason: 'unknown_node' };
  if (!acceptsInput(target.type)) return { ok: false, reason: 'into_trigger' };
  if (from === to) return { ok: false, reason: 'self' };
  if (!outputHandles(source).includes(handle)) return { ok: false, reason: 'unknown_handle' };
  const existing = graph.edges.filter((edge) => edge.from === from && edgeHandleOf(edge) === handle);
  if (existing.some((edge) => edge.to === to)) return { ok: false, reason: 'duplicate' };
  const edge: JourneyEdge = handle === DEFAULT_HANDLE ? { from, to } : { from, handle, to };
  const kept = graph.edges.filter((candidate) => !existing.includes(candidate));
  return { ok: true, graph: { ...graph, edges: [...kept, edge] }, replaced: existing[0] };
}

/** Removes nodes (with every edge touching them) and edges, by node id and flow edge id. */
export function deleteFrom(graph: JourneyGraph, nodeIds: readonly string[], edgeIds: readonly string[]): JourneyGraph {
  const nodes = new Set(nodeIds);
  const edges = new Set(edgeIds);
  return {
    ...graph,
    nodes: graph.nodes.filter((node) => !nodes.has(node.id)),
    edges: graph.edges.filter((edge) => !nodes.has(edge.from) && !nodes.has(edge.to) && !edges.has(flowEdgeId(edge))),
  };
}

/** A new label (empty removes it) and/or a new config for one node. */
export function updateNodeIn(graph: JourneyGraph, id: string, patch: { label?: string; config?: Record<string, unknown> }): JourneyGraph {
  const current = graph.nodes.find((node) => node.id === id);
  const sameLabel = patch.label === undefined || (patch.label.trim() === '' ? current?.label === undefined : current?.label === patch.label);
  const sameConfig = patch.config === undefined || JSON.stringify(patch.config) === JSON.stringify(current?.config);
  if (!current || (sameLabel && sameConfig)) return graph;
  return {
    ...graph,
    nodes: graph.nodes.map((node) => {
      if (node.id !== id) return node;
      const next: JourneyNode = { ...node };
      if (patch.config !== undefined) next.config = patch.config;
      if (patch.label !== undefined) {
        if (patch.label.trim() === '') delete next.label;
        else next.label = patch.label;
      }
      return next;
    }),
  };
}

export function moveNodesIn(graph: JourneyGraph, positions: Readonly<Record<string, Point>>): JourneyGraph {
  let changed = false;
  const nodes = graph.nodes.map((node) => {
    const position = positions[node.id];
    if (!position) return node;
    const rounded = roundPoint(position);
    if (node.position && node.position.x === rounded.x && node.position.y === rounded.y) return node;
    changed = true;
    return { ...node, position: rounded };
  });
  return changed ? { ...graph, nodes } : graph;
}

export function withSettings(graph: JourneyGraph, patch: Partial<JourneySettings>): JourneyGraph {
  const settings: JourneySettings = { ...(graph.settings ?? {}), ...patch };
  for (const key of Object.keys(settings) as (keyof JourneySettings)[]) if (settings[key] === undefined) delete settings[key];
  if (JSON.stringify(settings) === JSON.stringify(graph.settings ?? {})) return graph;
  return { ...graph, settings };
}

/** What copy takes: the nodes and the edges between them. */
export interface ClipboardContent {
  nodes: JourneyNode[];
  edges: JourneyEdge[];
}

export function copyFrom(graph: JourneyGraph, nodeIds: readonly string[]): ClipboardContent | null {
  const ids = new Set(nodeIds);
  const nodes = graph.nodes.filter((node) => ids.has(node.id));
  if (nodes.length === 0) return null;
  return structuredClone({ nodes, edges: graph.edges.filter((edge) => ids.has(edge.from) && ids.has(edge.to)) });
}

/** Pastes copies with fresh ids, shifted by `offset`; edges between copied nodes are kept, edge ids dropped. */
export function pasteInto(graph: JourneyGraph, clipboard: ClipboardContent, offset: Point): { graph: JourneyGraph; ids: string[] } {
  const taken = new Set(graph.nodes.map((node) => node.id));
  const renamed = new Map<string, string>();
  const nodes = clipboard.nodes.map((node) => {
    const id = freshNodeId(node.type, taken);
    taken.add(id);
    renamed.set(node.id, id);
    const position = node.position ?? { x: 0, y: 0 };
    return { ...structuredClone(node), id, position: roundPoint({ x: position.x + offset.x, y: position.y + offset.y }) };
  });
  const edges = clipboard.edges.map(({ id: _id, ...edge }) => ({ ...edge, from: renamed.get(edge.from)!, to: renamed.get(edge.to)! }));
  return { graph: { ...graph, nodes: [...graph.nodes, ...nodes], edges: [...graph.edges, ...edges] }, ids: nodes.map((node) => node.id) };
}

function roundPoint(point: Point): Point {
  return { x: Math.round(point.x), y: Math.round(point.y) };
}
