import type { GraphProblem } from '../graph-problem';
import { nodeChannels } from '../../nodes/node-knowledge';
import { configPath, nodeName, nodeProblem, type RuleInput } from '../graph-view';

/** Sends through channels the workspace has, when the caller says which those are. */
export function unknownChannelRule({ graph, channels }: RuleInput): GraphProblem[] {
  if (!channels) return [];
  return graph.nodes.flatMap((entry) =>
    nodeChannels(entry)
      .filter(({ value: channel }) => typeof channel === 'string' && !channels.includes(channel))
      .map(({ path, value: channel }) => {
        const available = channels.length > 0 ? `available: ${channels.join(', ')}` : 'none is set up';
        const message = `${nodeName(entry)} sends through "${String(channel)}", which is not an available channel (${available}).`;
        return nodeProblem(entry, 'unknown_channel', message, configPath(entry, path));
      }),
  );
}
