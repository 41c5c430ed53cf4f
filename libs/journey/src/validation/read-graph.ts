import { DEFAULT_HANDLE } from '../graph/graph.types';
import { nodeHandler } from '../nodes/registry';
import type { NodeHandler } from '../runtime/node-handler';
import type { GraphProblem } from './graph-problem';
import { isRecord } from '../is-record';
import type { EdgeEntry, GraphView, NodeEntry } from './graph-view';

/**
 * Reads untrusted input (a request body, an editor draft) into the view rules work on. Entries too
 * broken to analyse are reported here and left out, so no rule has to guard against them.
 */
export function readGraph({ graph }: { graph: unknown }): { view: GraphView; problems: GraphProblem[] } {
  const problems: GraphProblem[] = [];
  const input = isRecord(graph) ? graph : {};
  if (!isRecord(graph)) problems.push({ path: '', code: 'invalid_graph', message: 'The journey is not a graph of nodes and edges.' });
  const rawNodes = listAt(input, 'nodes', problems);
  const rawEdges = listAt(input, 'edges', problems);

  const nodes: NodeEntry[] = [];
  rawNodes.forEach((node, index) => {
    if (!isRecord(node)) {
      problems.push({ path: `nodes[${index}]`, code: 'invalid_node', message: `Step #${index + 1} is not a node.` });
    } else if (typeof node.id !== 'string' || node.id === '') {
      problems.push({ path: `nodes[${index}].id`, code: 'invalid_node', message: `Step #${index + 1} has no id.` });
    } else {
      nodes.push(nodeEntry(node, node.id, index));
    }
  });
  const byId = new Map<string, NodeEntry>();
  for (const entry of nodes) if (!byId.has(entry.id)) byId.set(entry.id, entry);

  const edges: EdgeEntry[] = [];
  rawEdges.forEach((edge, index) => {
    if (isRecord(edge)) edges.push(edgeEntry(edge, index));
    else problems.push({ path: `edges[${index}]`, code: 'invalid_edge', message: `Connection #${index + 1} is not a connection.` });
  });
  return { view: { nodes, byId, edges, settings: input.settings }, problems };
}

function listAt(input: Record<string, unknown>, key: 'nodes' | 'edges', problems: GraphProblem[]): unknown[] {
  if (Array.isArray(input[key])) return input[key];
  problems.push({ path: key, code: 'invalid_graph', message: `The journey's ${key} must be a list.` });
  return [];
}

function nodeEntry(node: Record<string, unknown>, id: string, index: number): NodeEntry {
  const type = typeof node.type === 'string' ? node.type : undefined;
  const handler = type === undefined ? undefined : nodeHandler(type);
  const config = node.config === undefined ? {} : node.config;
  return {
    index, id, type, handler, config,
    label: typeof node.label === 'string' && node.label !== '' ? node.label : undefined,
    handles: handler && safely(() => stringList(handler.handles(config))),
    optionalHandles: (handler && safely(() => optionalHandlesOf(handler, config))) ?? [],
    waits: handler && safely(() => waitsOf(handler, config)),
  };
}

function edgeEntry(edge: Record<string, unknown>, index: number): EdgeEntry {
  const from = typeof edge.from === 'string' ? edge.from : undefined;
  const to = typeof edge.to === 'string' ? edge.to : undefined;
  const handle = edge.handle === undefined ? DEFAULT_HANDLE : String(edge.handle);
  const id = typeof edge.id === 'string' && edge.id !== '' ? edge.id : `${String(edge.from)}.${handle}->${String(edge.to)}`;
  return { index, id, from, to, handle };
}

/** Handlers are written for valid configs; on a broken one their answer is unknown, not a crash. */
function safely<T>(read: () => T | undefined): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? [...new Set(value)] : undefined;
}

function optionalHandlesOf(handler: NodeHandler<unknown>, config: unknown): readonly string[] | undefined {
  const optional = typeof handler.optionalHandles === 'function' ? handler.optionalHandles(config) : handler.optionalHandles;
  return optional && stringList(optional);
}

function waitsOf(handler: NodeHandler<unknown>, config: unknown): boolean | undefined {
  const waits = handler.waits(config);
  return typeof waits === 'boolean' ? waits : undefined;
}
