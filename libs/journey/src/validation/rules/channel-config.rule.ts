import type { GraphProblem } from '../graph-problem';
import { isRecord } from '../../is-record';
import { configPath, nodeName, nodeProblem, type NodeEntry, type RuleInput } from '../graph-view';
import { schemaIssues } from '../schema/schema-validation';

/** Settings of the message itself, checked by the node's own schema; the rest belongs to the channel. */
const MESSAGE_KEYS: Record<string, readonly string[]> = {
  send: ['channel', 'templateId', 'content', 'transactional', 'onCap'],
  cascade: ['channel', 'templateId', 'content', 'waitFor', 'within'],
};

/** Each message's channel settings against its channel's JSON Schema (plug-ins included), when the caller gives schemas. */
export function channelConfigRule({ graph, channelSchemas }: RuleInput): GraphProblem[] {
  if (!channelSchemas) return [];
  return graph.nodes.flatMap((entry) =>
    messagesOf(entry).flatMap(({ path, message }) => {
      const schema = typeof message.channel === 'string' ? channelSchemas.get(message.channel) : undefined;
      if (!schema) return [];
      const settings = Object.fromEntries(Object.entries(message).filter(([key]) => !(MESSAGE_KEYS[entry.type ?? ''] ?? []).includes(key)));
      return schemaIssues({ schema, value: settings }).map((issue) => {
        const where = issue.path ? `${path ? `${path}.` : ''}${issue.path}` : path;
        const text = `${nodeName(entry)}: the ${String(message.channel)} settings${issue.path ? ` (${issue.path})` : ''} ${issue.message}.`;
        return nodeProblem(entry, 'invalid_channel_config', text, configPath(entry, where));
      });
    }),
  );
}

function messagesOf(entry: NodeEntry): { path: string; message: Record<string, unknown> }[] {
  const config = isRecord(entry.config) ? entry.config : {};
  if (entry.type === 'send') return [{ path: '', message: config }];
  if (entry.type === 'cascade' && Array.isArray(config.steps)) {
    return config.steps.flatMap((step, index) => (isRecord(step) ? [{ path: `steps[${index}]`, message: step }] : []));
  }
  return [];
}
