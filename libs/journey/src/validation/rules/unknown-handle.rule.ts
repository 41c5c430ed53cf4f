import type { GraphProblem } from '../graph-problem';
import { nodeName, type RuleInput } from '../graph-view';

/** A connection must leave through an output the step offers; an exit offers none. */
export function unknownHandleRule({ graph }: RuleInput): GraphProblem[] {
  return graph.edges.flatMap((edge) => {
    const from = edge.from === undefined ? undefined : graph.byId.get(edge.from);
    if (!from?.handles || from.handles.includes(edge.handle)) return [];
    const message = from.handles.length === 0
      ? `${nodeName(from)} ends the journey, so nothing can follow it; remove the connection.`
      : `${nodeName(from)} has no "${edge.handle}" output; its outputs are ${from.handles.join(', ')}.`;
    return [{ nodeId: from.id, edgeId: edge.id, path: `edges[${edge.index}].handle`, code: 'unknown_handle', message }];
  });
}
