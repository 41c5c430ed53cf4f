import type { GraphProblem } from '../graph-problem';
import { isRecord } from '../../is-record';
import { configPath, nodeName, nodeProblem, type NodeEntry, type RuleInput } from '../graph-view';

/** Sends through channels the workspace has, when the caller says which those are. */
export function unknownChannelRule({ graph, channels }: RuleInput): GraphProblem[] {
  if (!channels) return [];
  return graph.nodes.flatMap((entry) =>
    channelsOf(entry)
      .filter(({ channel }) => typeof channel === 'string' && !channels.includes(channel))
      .map(({ path, channel }) => {
        const available = channels.length > 0 ? `available: ${channels.join(', ')}` : 'none is set up';
        const message = `${nodeName(entry)} sends through "${String(channel)}", which is not an available channel (${available}).`;
        return nodeProblem(entry, 'unknown_channel', message, configPath(entry, path));
      }),
  );
}

/** Where each sending node type names its channels, relative to its config. */
function channelsOf(entry: NodeEntry): { path: string; channel: unknown }[] {
  const config = isRecord(entry.config) ? entry.config : {};
  if (entry.type === 'send') return [{ path: 'channel', channel: config.channel }];
  if (entry.type === 'cascade' && Array.isArray(config.steps)) {
    return config.steps.map((step, index) => ({ path: `steps[${index}].channel`, channel: isRecord(step) ? step.channel : undefined }));
  }
  return [];
}
