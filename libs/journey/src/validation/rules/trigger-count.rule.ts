import type { GraphProblem } from '../graph-problem';
import { isEntryType } from '../../nodes/node-knowledge';
import { nodeName, nodeProblem, type RuleInput } from '../graph-view';

/** Exactly one trigger: it is where every contact enters. */
export function triggerCountRule({ graph }: RuleInput): GraphProblem[] {
  const triggers = graph.nodes.filter((entry) => isEntryType(entry.type));
  if (triggers.length === 0) {
    return [{ path: 'nodes', code: 'trigger_count', message: 'The journey has no trigger: add one to say how contacts enter.' }];
  }
  const [first, ...extra] = triggers;
  return extra.map((entry) =>
    nodeProblem(entry, 'trigger_count', `${nodeName(entry)} is a second trigger; a journey has one (here "${first.id}"), so remove it.`),
  );
}
