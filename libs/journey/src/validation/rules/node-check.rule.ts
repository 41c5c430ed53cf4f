import type { GraphProblem } from '../graph-problem';
import { configPath, nodeName, nodeProblem, type RuleInput } from '../graph-view';
import { matchesSchema } from '../schema/schema-validation';

/**
 * A node type's own checks (unique rule ids, split weights...). They assume a config of the right
 * shape, so they run only once the schema passes; until then invalid_config says what to fix.
 */
export function nodeCheckRule({ graph }: RuleInput): GraphProblem[] {
  return graph.nodes.flatMap((entry) => {
    const handler = entry.handler;
    if (!handler?.check || !matchesSchema({ schema: handler.configSchema, value: entry.config })) return [];
    return handler.check(entry.config).map((problem) =>
      nodeProblem(entry, problem.code, `${nodeName(entry)}: ${problem.message}.`, configPath(entry, problem.path)),
    );
  });
}
