import { isRecord, nodeMessages, type JourneyGraph } from '@cascade/journey';

/**
 * One message a journey sends, as its node's handler lists them (a send node, one step of a
 * cascade...). Read from drafts, so nothing is trusted.
 */
export interface GraphMessage {
  nodeId?: string;
  /** Path of the message's config: `nodes[3].config` or `nodes[3].config.steps[1]`. */
  path: string;
  /** How a problem names it: `Node "remind", step 2`. */
  where: string;
  channel: unknown;
  templateId: unknown;
  content: unknown;
}

export function graphMessages(graph: JourneyGraph): GraphMessage[] {
  const nodes: unknown[] = Array.isArray(graph?.nodes) ? graph.nodes : [];
  return nodes.flatMap((node, index) => {
    if (!isRecord(node) || !isRecord(node.config)) return [];
    const nodeId = typeof node.id === 'string' ? node.id : undefined;
    const where = `Node "${nodeId ?? index}"`;
    return nodeMessages(node).map(({ path, step, message: config }) => message(config, {
      nodeId,
      path: path ? `nodes[${index}].config.${path}` : `nodes[${index}].config`,
      where: step === undefined ? where : `${where}, step ${step}`,
    }));
  });
}

/** Whether the journey's trigger is an event, which its messages may then read as `event`. */
export function startsWithEvent(graph: JourneyGraph): boolean {
  const nodes: unknown[] = Array.isArray(graph?.nodes) ? graph.nodes : [];
  return nodes.some((node) => isRecord(node) && node.type === 'trigger' && isRecord(node.config) && node.config.kind === 'event');
}

function message(config: Record<string, unknown>, at: Pick<GraphMessage, 'nodeId' | 'path' | 'where'>): GraphMessage {
  return { ...at, channel: config.channel, templateId: config.templateId, content: config.content };
}
