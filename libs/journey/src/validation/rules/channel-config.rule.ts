import type { GraphProblem } from '../graph-problem';
import { nodeMessages } from '../../nodes/node-knowledge';
import { configPath, nodeName, nodeProblem, type RuleInput } from '../graph-view';
import { schemaIssues } from '../schema/schema-validation';

/** Each message's channel settings (the message's keys but its node's own) against its channel's JSON Schema (plug-ins included), when the caller gives schemas. */
export function channelConfigRule({ graph, channelSchemas }: RuleInput): GraphProblem[] {
  if (!channelSchemas) return [];
  return graph.nodes.flatMap((entry) =>
    nodeMessages(entry).flatMap(({ path, message, ownKeys }) => {
      const schema = typeof message.channel === 'string' ? channelSchemas.get(message.channel) : undefined;
      if (!schema) return [];
      const settings = Object.fromEntries(Object.entries(message).filter(([key]) => !ownKeys.includes(key)));
      return schemaIssues({ schema, value: settings }).map((issue) => {
        const where = issue.path ? `${path ? `${path}.` : ''}${issue.path}` : path;
        const text = `${nodeName(entry)}: the ${String(message.channel)} settings${issue.path ? ` (${issue.path})` : ''} ${issue.message}.`;
        return nodeProblem(entry, 'invalid_channel_config', text, configPath(entry, where));
      });
    }),
  );
}
