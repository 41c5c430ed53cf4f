import type { GraphProblem } from '../graph-problem';
import { nodeName, type RuleInput } from '../graph-view';

/** Contacts enter only through the trigger's own matching, never by a connection. */
export function edgeIntoTriggerRule({ graph }: RuleInput): GraphProblem[] {
  return graph.edges.flatMap((edge) => {
    const to = edge.to === undefined ? undefined : graph.byId.get(edge.to);
    if (to?.type !== 'trigger') return [];
    const message = `A connection leads back into ${nodeName(to)}; nothing can lead into a trigger, so remove it.`;
    return [{ nodeId: to.id, edgeId: edge.id, path: `edges[${edge.index}].to`, code: 'edge_into_trigger', message }];
  });
}
