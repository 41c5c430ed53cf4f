import { conditionDepth } from '../../conditions/condition-references';
import { MAX_CONDITION_DEPTH, type Condition } from '../../conditions/condition.types';
import type { GraphProblem } from '../graph-problem';
import { isRecord } from '../../is-record';
import { configPath, nodeName, nodeProblem, type NodeEntry, type RuleInput } from '../graph-view';

const TOO_DEEP = `nests groups more than ${MAX_CONDITION_DEPTH} levels deep; simplify it or use a segment`;

/** Conditions nested deeper than the evaluator and the SQL compiler accept, in nodes and in the goal. */
export function conditionDepthRule({ graph }: RuleInput): GraphProblem[] {
  const inNodes = graph.nodes.flatMap((entry) =>
    conditionsOf(entry)
      .filter(({ condition }) => tooDeep(condition))
      .map(({ path }) => nodeProblem(entry, 'condition_too_deep', `${nodeName(entry)}: the condition in ${path} ${TOO_DEEP}.`, configPath(entry, path))),
  );
  const goal = isRecord(graph.settings) && isRecord(graph.settings.goal) ? graph.settings.goal : {};
  const inGoal = tooDeep(goal.filter)
    ? [{ path: 'settings.goal.filter', code: 'condition_too_deep', message: `The goal's filter ${TOO_DEEP}.` }]
    : [];
  return [...inNodes, ...inGoal];
}

/** Where each node type keeps conditions, relative to its config. */
function conditionsOf(entry: NodeEntry): { path: string; condition: unknown }[] {
  const config = isRecord(entry.config) ? entry.config : {};
  if (entry.type === 'branch' && Array.isArray(config.rules)) {
    return config.rules.map((rule, index) => ({ path: `rules[${index}].condition`, condition: isRecord(rule) ? rule.condition : undefined }));
  }
  if (entry.type === 'trigger' || entry.type === 'wait_for_event') return [{ path: 'filter', condition: config.filter }];
  return [];
}

function tooDeep(condition: unknown): boolean {
  if (!isRecord(condition)) return false;
  try {
    return conditionDepth(condition as unknown as Condition) > MAX_CONDITION_DEPTH;
  } catch {
    return false; // malformed: the schema reports it
  }
}
