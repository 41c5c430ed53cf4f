import type { GraphProblem } from '../graph-problem';
import { nodeProblem, uniqueNodes, type NodeEntry, type RuleInput } from '../graph-view';

/**
 * A loop with no step that takes time would run a contact round it endlessly in one instant. Loops
 * are looked for among the steps that do not wait; each tangle of them is reported once, on its
 * first step, with the shortest loop through that step.
 */
export function cycleWithoutWaitRule({ graph }: RuleInput): GraphProblem[] {
  // Steps of unknown type are left out: whether they wait cannot be told (unknown_node_type says so).
  const instant = uniqueNodes(graph).filter((entry) => entry.waits === false);
  const ids = new Set(instant.map((entry) => entry.id));
  const links = graph.edges.flatMap(({ from, to }) => (from && to && ids.has(from) && ids.has(to) ? [[from, to]] : []));
  const next = adjacency(instant, links);
  const previous = adjacency(instant, [...next].flatMap(([from, tos]) => tos.map((to) => [to, from])));
  const done = new Set<string>();
  const problems: GraphProblem[] = [];
  for (const entry of instant) {
    if (done.has(entry.id)) continue;
    const loop = shortestLoop(entry.id, next);
    if (!loop) continue;
    const backwards = reach(entry.id, previous);
    for (const id of reach(entry.id, next)) if (backwards.has(id)) done.add(id);
    const steps = [...loop, entry.id].map((id) => `"${id}"`).join(' → ');
    const message = `The steps ${steps} form a loop without a wait, so a contact would go round it endlessly; add a wait inside the loop.`;
    problems.push(nodeProblem(entry, 'cycle_without_wait', message));
  }
  return problems;
}

function adjacency(nodes: NodeEntry[], pairs: string[][]): Map<string, string[]> {
  const map = new Map(nodes.map((entry) => [entry.id, [] as string[]]));
  for (const [from, to] of pairs) map.get(from)?.push(to);
  return map;
}

function reach(start: string, next: Map<string, string[]>): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const to of next.get(id) ?? []) {
      if (seen.has(to)) continue;
      seen.add(to);
      queue.push(to);
    }
  }
  return seen;
}

/** The loop from `start` back to it with fewest steps (breadth first), without repeating `start` at the end. */
function shortestLoop(start: string, next: Map<string, string[]>): string[] | undefined {
  const parent = new Map<string, string>();
  const queue = [start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const to of next.get(id) ?? []) {
      if (to === start) return pathTo(id, parent);
      if (parent.has(to)) continue;
      parent.set(to, id);
      queue.push(to);
    }
  }
  return undefined;
}

function pathTo(last: string, parent: Map<string, string>): string[] {
  const path = [last];
  for (let id = parent.get(last); id !== undefined; id = parent.get(id)) path.unshift(id);
  return path;
}
