import type { GraphProblem } from '../graph-problem';
import { nodeName, nodeProblem, type RuleInput } from '../graph-view';

/** Every node after the first with an id; connections name nodes by id, so they would be ambiguous. */
export function duplicateNodeIdRule({ graph }: RuleInput): GraphProblem[] {
  return graph.nodes
    .filter((entry) => graph.byId.get(entry.id) !== entry)
    .map((entry) =>
      nodeProblem(entry, 'duplicate_node_id', `${nodeName(entry)} uses an id another step already has; give it its own id.`, `nodes[${entry.index}].id`),
    );
}
