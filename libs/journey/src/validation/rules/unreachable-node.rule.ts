import type { GraphProblem } from '../graph-problem';
import { isEntryType } from '../../nodes/node-knowledge';
import { nodeName, nodeProblem, uniqueNodes, type RuleInput } from '../graph-view';

/** Steps no contact can reach from the trigger are dead weight, usually a forgotten connection. */
export function unreachableNodeRule({ graph }: RuleInput): GraphProblem[] {
  const nodes = uniqueNodes(graph);
  const queue = nodes.filter((entry) => isEntryType(entry.type)).map((entry) => entry.id);
  if (queue.length === 0) return []; // trigger_count says it; everything unreachable would be noise
  const reached = new Set(queue);
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const edge of graph.edges) {
      if (edge.from !== id || edge.to === undefined || reached.has(edge.to) || !graph.byId.has(edge.to)) continue;
      reached.add(edge.to);
      queue.push(edge.to);
    }
  }
  return nodes
    .filter((entry) => !reached.has(entry.id))
    .map((entry) => nodeProblem(entry, 'unreachable_node', `${nodeName(entry)} cannot be reached from the trigger; connect a step to it or remove it.`));
}
