import { conditionDepth } from '../../conditions/condition-references';
import { MAX_CONDITION_DEPTH, type Condition } from '../../conditions/condition.types';
import type { GraphProblem } from '../graph-problem';
import { nodeReferences } from '../../nodes/node-knowledge';
import { isRecord } from '../../is-record';
import { configPath, nodeName, nodeProblem, type RuleInput } from '../graph-view';

const TOO_DEEP = `nests groups more than ${MAX_CONDITION_DEPTH} levels deep; simplify it or use a segment`;

/** Conditions nested deeper than the evaluator and the SQL compiler accept, in nodes and in the goal. */
export function conditionDepthRule({ graph }: RuleInput): GraphProblem[] {
  const inNodes = graph.nodes.flatMap((entry) =>
    nodeReferences(entry).conditions
      .filter(({ value }) => tooDeep(value))
      .map(({ path }) => nodeProblem(entry, 'condition_too_deep', `${nodeName(entry)}: the condition in ${path} ${TOO_DEEP}.`, configPath(entry, path))),
  );
  const goal = isRecord(graph.settings) && isRecord(graph.settings.goal) ? graph.settings.goal : {};
  const inGoal = tooDeep(goal.filter)
    ? [{ path: 'settings.goal.filter', code: 'condition_too_deep', message: `The goal's filter ${TOO_DEEP}.` }]
    : [];
  return [...inNodes, ...inGoal];
}

function tooDeep(condition: unknown): boolean {
  if (!isRecord(condition)) return false;
  try {
    return conditionDepth(condition as unknown as Condition) > MAX_CONDITION_DEPTH;
  } catch {
    return false; // malformed: the schema reports it
  }
}
