import type { NodeHandler } from '../runtime/node-handler';
import { joinPath, type GraphProblem } from './graph-problem';

/** A well-formed node of the graph being validated: an object with a non-empty string id. */
export interface NodeEntry {
  /** Position in `graph.nodes`, for paths. */
  index: number;
  id: string;
  type?: string;
  label?: string;
  /** As given; a missing config reads as `{}` (an exit needs none). */
  config: unknown;
  handler?: NodeHandler<unknown>;
  /** The handles the node offers; undefined when the type is unknown or its config too broken to tell. */
  handles?: string[];
  optionalHandles: readonly string[];
  /** Whether passing through takes time; undefined when it cannot be told. */
  waits?: boolean;
}

/** A connection whose ends may or may not name nodes. */
export interface EdgeEntry {
  index: number;
  /** `edge.id`, or `from.handle->to` for edges without one. */
  id: string;
  from?: string;
  to?: string;
  handle: string;
}

/** The graph as rules read it: malformed entries are left out (read-graph reports them). */
export interface GraphView {
  nodes: NodeEntry[];
  /** The first node with each id. */
  byId: ReadonlyMap<string, NodeEntry>;
  edges: EdgeEntry[];
  settings: unknown;
}

/** What every graph rule receives. */
export interface RuleInput {
  graph: GraphView;
  /** Channel types that exist; when absent, channels are not checked. */
  channels?: readonly string[];
  /** JSON Schemas of channels' node settings, by type; when absent, those settings are not checked. */
  channelSchemas?: ReadonlyMap<string, Record<string, unknown>>;
}

export type GraphRule = (input: RuleInput) => GraphProblem[];

/** How messages name a node: `Cascade "remind"`, or with its label `Cascade "Cart reminder" (remind)`. */
export function nodeName(entry: NodeEntry): string {
  const kind = entry.handler?.label ?? 'Node';
  return entry.label ? `${kind} "${entry.label}" (${entry.id})` : `${kind} "${entry.id}"`;
}

/** The first node with each id, in graph order: later duplicates are reported, not analysed. */
export function uniqueNodes(graph: GraphView): NodeEntry[] {
  return graph.nodes.filter((entry) => graph.byId.get(entry.id) === entry);
}

/** A problem located on a node; by default on the whole node (`nodes[i]`). */
export function nodeProblem(entry: NodeEntry, code: string, message: string, path = `nodes[${entry.index}]`): GraphProblem {
  return { nodeId: entry.id, path, code, message };
}

/** `nodes[i].config` followed by a path relative to the config. */
export function configPath(entry: NodeEntry, relative: string): string {
  return joinPath(`nodes[${entry.index}].config`, relative);
}
