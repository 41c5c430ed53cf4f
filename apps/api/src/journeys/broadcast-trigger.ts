import type { JourneyGraph } from '@cascade/journey';

/** The broadcast variant of the trigger config (libs/journey trigger.node.ts). */
export interface BroadcastTriggerConfig {
  kind: 'broadcast';
  segmentId?: string;
  /** ISO date-time; absent: as soon as published. */
  at?: string;
  ratePerSecond?: number;
}

/** The trigger node's schema default. */
export const DEFAULT_BROADCAST_RATE_PER_SECOND = 50;

export interface BroadcastTriggerNode {
  /** Position in `nodes`, for problem paths. */
  index: number;
  nodeId: string;
  config: BroadcastTriggerConfig;
}

/** The graph's broadcast triggers (one in a valid graph). Reads drafts too, so it trusts nothing. */
export function broadcastTriggers(graph: JourneyGraph): BroadcastTriggerNode[] {
  const nodes: unknown[] = Array.isArray(graph?.nodes) ? graph.nodes : [];
  return nodes.flatMap((node, index) => {
    const { id, type, config } = (node ?? {}) as { id?: unknown; type?: unknown; config?: { kind?: unknown } };
    return type === 'trigger' && config?.kind === 'broadcast' ? [{ index, nodeId: String(id), config: config as BroadcastTriggerConfig }] : [];
  });
}
