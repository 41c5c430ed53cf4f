import type { GraphProblem } from '../graph-problem';
import { isRecord } from '../../is-record';
import { configPath, nodeName, nodeProblem, type RuleInput } from '../graph-view';
import { schemaIssues } from '../schema/schema-validation';

/** The config against its node type's JSON Schema, one problem per fault. */
export function invalidConfigRule({ graph }: RuleInput): GraphProblem[] {
  return graph.nodes.flatMap((entry) => {
    if (!entry.handler) return [];
    if (!isRecord(entry.config)) {
      return [nodeProblem(entry, 'invalid_config', `${nodeName(entry)} has no usable settings: its config must be a group of settings.`, configPath(entry, ''))];
    }
    return schemaIssues({ schema: entry.handler.configSchema, value: entry.config }).map((issue) => {
      const message = issue.path ? `${nodeName(entry)}: ${issue.path} ${issue.message}.` : `${nodeName(entry)} ${issue.message}.`;
      return nodeProblem(entry, 'invalid_config', message, configPath(entry, issue.path));
    });
  });
}
