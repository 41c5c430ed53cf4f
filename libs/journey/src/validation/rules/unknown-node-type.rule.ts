import { NODE_TYPES } from '../../graph/graph.types';
import type { GraphProblem } from '../graph-problem';
import { nodeProblem, type RuleInput } from '../graph-view';

export function unknownNodeTypeRule({ graph }: RuleInput): GraphProblem[] {
  return graph.nodes
    .filter((entry) => !entry.handler)
    .map((entry) => {
      const what = entry.type === undefined ? 'has no type' : `has the unknown type "${entry.type}"`;
      return nodeProblem(
        entry, 'unknown_node_type', `Step "${entry.id}" ${what}; it must be one of ${NODE_TYPES.join(', ')}.`, `nodes[${entry.index}].type`,
      );
    });
}
