import { validateGraph, type ChannelSpec, type GraphProblem, type JourneyGraph } from '@cascade/journey';
import { flowEdgeId } from './graph-mapping';

/** Validation problems of a graph: all of them, those located on each node, and those on the journey as a whole. */
export interface GroupedProblems {
  all: readonly GraphProblem[];
  byNode: Readonly<Record<string, readonly GraphProblem[]>>;
  /** Settings, "no trigger" and other problems no node carries. */
  general: readonly GraphProblem[];
}

/**
 * Groups problems by the node they concern. A problem on an edge without a node id (a dangling or
 * duplicate connection) belongs to the node the edge leaves, when that node exists.
 */
export function groupProblems(graph: JourneyGraph, problems: readonly GraphProblem[]): GroupedProblems {
  const nodeIds = new Set(graph.nodes.map((node) => node.id));
  const edgeSource = new Map(graph.edges.map((edge) => [flowEdgeId(edge), edge.from]));
  const byNode: Record<string, GraphProblem[]> = {};
  const general: GraphProblem[] = [];
  for (const problem of problems) {
    const owner = problem.nodeId ?? (problem.edgeId ? edgeSource.get(problem.edgeId) : undefined);
    if (owner !== undefined && nodeIds.has(owner)) (byNode[owner] ??= []).push(problem);
    else general.push(problem);
  }
  return { all: problems, byNode, general };
}

function sameProblems(a: readonly GraphProblem[], b: readonly GraphProblem[]): boolean {
  return a.length === b.length && a.every((problem, index) => {
    const other = b[index];
    return problem.code === other.code && problem.path === other.path && problem.message === other.message && problem.edgeId === other.edgeId;
  });
}

/**
 * Validation as the marketer edits: `validateGraph` runs once per graph (and channel list), and a
 * node whose problems did not change keeps the very same array, so its card does not re-render.
 */
export function createProblemsSelector() {
  let lastGraph: JourneyGraph | undefined;
  let lastChannels: readonly ChannelSpec[] | undefined;
  let last: GroupedProblems = { all: [], byNode: {}, general: [] };
  return (graph: JourneyGraph, channels?: readonly ChannelSpec[]): GroupedProblems => {
    if (graph === lastGraph && channels === lastChannels) return last;
    const grouped = groupProblems(graph, validateGraph({ graph, channels }));
    const byNode: Record<string, readonly GraphProblem[]> = {};
    for (const [nodeId, problems] of Object.entries(grouped.byNode)) {
      const previous = last.byNode[nodeId];
      byNode[nodeId] = previous && sameProblems(previous, problems) ? previous : problems;
    }
    last = { all: grouped.all, byNode, general: sameProblems(last.general, grouped.general) ? last.general : grouped.general };
    lastGraph = graph;
    lastChannels = channels;
    return last;
  };
}
