import { edgeKey } from '../../graph/graph-index';
import type { GraphProblem } from '../graph-problem';
import { nodeName, type RuleInput } from '../graph-view';

/** One output leads to one step: a second connection from the same output is reported. */
export function duplicateEdgeRule({ graph }: RuleInput): GraphProblem[] {
  const seen = new Set<string>();
  return graph.edges.flatMap((edge) => {
    const from = edge.from === undefined ? undefined : graph.byId.get(edge.from);
    if (!from) return [];
    const key = edgeKey(from.id, edge.handle);
    if (!seen.has(key)) {
      seen.add(key);
      return [];
    }
    const message = `${nodeName(from)} has more than one connection leaving its "${edge.handle}" output; keep one.`;
    return [{ nodeId: from.id, edgeId: edge.id, path: `edges[${edge.index}]`, code: 'duplicate_edge', message }];
  });
}
