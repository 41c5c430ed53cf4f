import { isRecord, type JourneyGraph } from '@cascade/journey';

/** One message a journey sends: a send node, or one step of a cascade. Read from drafts, so nothing is trusted. */
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
    if (node.type === 'send') return [message(node.config, { nodeId, path: `nodes[${index}].config`, where })];
    if (node.type !== 'cascade' || !Array.isArray(node.config.steps)) return [];
    return node.config.steps.flatMap((step, stepIndex) =>
      isRecord(step) ? [message(step, { nodeId, path: `nodes[${index}].config.steps[${stepIndex}]`, where: `${where}, step ${stepIndex + 1}` })] : []);
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
