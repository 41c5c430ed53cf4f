import { edgeKey } from '../../graph/graph-index';
import type { GraphProblem } from '../graph-problem';
import { nodeName, nodeProblem, uniqueNodes, type RuleInput } from '../graph-view';

/** Every output a contact can take must lead somewhere, unless the node type lets it end the journey there. */
export function unconnectedHandleRule({ graph }: RuleInput): GraphProblem[] {
  const connected = new Set(graph.edges.map((edge) => edgeKey(edge.from ?? '', edge.handle)));
  return uniqueNodes(graph).flatMap((entry) =>
    (entry.handles ?? [])
      .filter((handle) => !entry.optionalHandles.includes(handle) && !connected.has(edgeKey(entry.id, handle)))
      .map((handle) =>
        nodeProblem(entry, 'unconnected_handle', `${nodeName(entry)}: the "${handle}" output is not connected; connect it to a next step or an exit.`),
      ),
  );
}
