import type { GraphProblem } from '../graph-problem';
import { nodeName, type NodeEntry, type RuleInput } from '../graph-view';

/** A connection must start and end at steps of this journey. */
export function danglingEdgeRule({ graph }: RuleInput): GraphProblem[] {
  return graph.edges.flatMap((edge) => {
    const from = edge.from === undefined ? undefined : graph.byId.get(edge.from);
    const to = edge.to === undefined ? undefined : graph.byId.get(edge.to);
    const at = (end: 'from' | 'to', other: NodeEntry | undefined, message: string): GraphProblem => ({
      ...(other && { nodeId: other.id }), edgeId: edge.id, path: `edges[${edge.index}].${end}`, code: 'dangling_edge', message,
    });
    const problems: GraphProblem[] = [];
    if (!from) {
      const where = edge.from === undefined ? 'does not say where it starts' : `starts at "${edge.from}", ${NOT_A_STEP}`;
      problems.push(at('from', to, `A connection into ${name(to, edge.to)} ${where}.`));
    }
    if (!to) {
      const where = edge.to === undefined ? 'does not say where it leads' : `leads to "${edge.to}", ${NOT_A_STEP}`;
      problems.push(at('to', from, `A connection from ${name(from, edge.from)} ${where}.`));
    }
    return problems;
  });
}

const NOT_A_STEP = 'which is not a step of this journey';

function name(entry: NodeEntry | undefined, id: string | undefined): string {
  return entry ? nodeName(entry) : `"${id ?? '?'}"`;
}
