import type { GraphProblem } from '../graph-problem';
import { isRecord } from '../../is-record';
import { configPath, nodeName, nodeProblem, type RuleInput } from '../graph-view';

/** A winner is the variant that converts best: without a goal nothing converts, so the rule could never decide. */
export function splitWinnerGoalRule({ graph }: RuleInput): GraphProblem[] {
  const hasGoal = isRecord(graph.settings) && isRecord(graph.settings.goal);
  if (hasGoal) return [];
  return graph.nodes
    .filter((entry) => entry.type === 'split' && isRecord(entry.config) && entry.config.winner !== undefined)
    .map((entry) =>
      nodeProblem(entry, 'winner_without_goal', `${nodeName(entry)} picks a winner by conversions, but the journey has no goal; set a goal in the journey settings or remove the winner rule.`, configPath(entry, 'winner')),
    );
}
