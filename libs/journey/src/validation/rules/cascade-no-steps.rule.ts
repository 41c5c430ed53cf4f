import type { GraphProblem } from '../graph-problem';
import { isRecord } from '../../is-record';
import { configPath, nodeName, nodeProblem, type RuleInput } from '../graph-view';

/** Its own code, rather than the schema's "needs at least one item", so the editor can explain it specially. */
export function cascadeNoStepsRule({ graph }: RuleInput): GraphProblem[] {
  return graph.nodes
    .filter((entry) => entry.type === 'cascade' && isRecord(entry.config) && hasNoSteps(entry.config.steps))
    .map((entry) =>
      nodeProblem(entry, 'cascade_no_steps', `${nodeName(entry)} has no steps; add at least one channel to send through.`, configPath(entry, 'steps')),
    );
}

function hasNoSteps(steps: unknown): boolean {
  return steps === undefined || (Array.isArray(steps) && steps.length === 0);
}
