import { nodeHandler, type JourneyGraph, type JourneyNode, type JourneyOutcome, type TraceEntry, type TraceKind } from '@cascade/journey';
import type { PathHighlight } from './path-highlight';

/** One line of the "try a contact" timeline: `${offset} · ${text}`. */
export interface TimelineRow {
  /** The instant on the virtual clock (ISO). */
  at: string;
  /** Since the start: "+1 h 00 m", "+2 d 03 h 15 m". */
  offset: string;
  kind: TraceKind | 'node_waiting';
  nodeId?: string;
  /** What happened: "Wait 'wait1' → next", "Email sent", "SMS skipped: no sms address". */
  text: string;
  tone: 'node' | 'message' | 'ok' | 'warn' | 'bad' | 'end';
  /** `${offset} · ${text}`, the row as one accessible line. */
  line: string;
}

/** The path a simulated contact took: the first time each node was entered, and the edges taken, in order. */
export function toPathHighlight(trace: readonly TraceEntry[]): PathHighlight {
  const nodes: Record<string, string> = {};
  const edges: string[] = [];
  for (const entry of trace) {
    if (!entry.nodeId) continue;
    if (entry.kind === 'node_entered' && !(entry.nodeId in nodes)) nodes[entry.nodeId] = entry.at;
    if (entry.kind === 'node_exited') {
      const key = `${entry.nodeId}.${entry.handle ?? 'next'}`;
      if (!edges.includes(key)) edges.push(key);
    }
  }
  return { nodes, edges };
}

/** Milliseconds since the start as "+1 h 00 m"; days when a day or more, seconds only when there are some. */
export function formatOffset(ms: number): string {
  const sign = ms < 0 ? '−' : '+';
  const total = Math.floor(Math.abs(ms) / 1000);
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3_600);
  const minutes = Math.floor((total % 3_600) / 60);
  const seconds = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${days ? `${days} d ${pad(hours)} h` : `${hours} h`} ${pad(minutes)} m${seconds ? ` ${pad(seconds)} s` : ''}`;
  return `${sign}${time}`;
}

/** "Wait 'wait1'": the node type's name and the node's label (or id). */
export function nodeName(graph: JourneyGraph, nodeId: string | undefined): string {
  if (!nodeId) return 'The journey';
  const node = graph.nodes.find((candidate) => candidate.id === nodeId);
  if (!node) return `'${nodeId}'`;
  const type = nodeHandler(node.type)?.label ?? node.type;
  return `${type} '${node.label?.trim() || node.id}'`;
}

const CHANNEL_NAMES: Record<string, string> = { email: 'Email', sms: 'SMS', telegram: 'Telegram', push: 'Push', whatsapp: 'WhatsApp', webhook: 'Webhook' };

export function channelName(channel: string | undefined): string {
  if (!channel) return 'Message';
  return CHANNEL_NAMES[channel] ?? channel.charAt(0).toUpperCase() + channel.slice(1);
}

/** A handle as the node's settings name it: a branch rule's or a split variant's label after its id. */
function handleName(node: JourneyNode | undefined, handle: string): string {
  const config = (node?.config ?? {}) as { rules?: Array<{ id?: string; label?: string }>; variants?: Array<{ id?: string; label?: string }> };
  const named = [...(config.rules ?? []), ...(config.variants ?? [])].find((item) => item.id === handle);
  return named?.label && named.label !== handle ? `${handle} (${named.label})` : handle;
}

/**
 * The trace as timeline rows, with times relative to `startAt`. A node's entry gets its own row only
 * when the contact stayed there (a wait, a cascade step): otherwise its exit row says it all.
 */
export function toTimelineRows(trace: readonly TraceEntry[], { startAt, graph }: { startAt: string; graph: JourneyGraph }): TimelineRow[] {
  const start = Date.parse(startAt);
  const rows: TimelineRow[] = [];
  // Delivery statuses name their message, not its channel: the send said which it was.
  const channels = new Map(trace.flatMap((entry) => (entry.messageId && entry.channel ? [[entry.messageId, entry.channel] as const] : [])));
  const push = (entry: TraceEntry, text: string, tone: TimelineRow['tone'], kind: TimelineRow['kind'] = entry.kind) => {
    const offset = formatOffset(Date.parse(entry.at) - start);
    rows.push({ at: entry.at, offset, kind, nodeId: entry.nodeId, text, tone, line: `${offset} · ${text}` });
  };
  trace.forEach((entry, index) => {
    const name = nodeName(graph, entry.nodeId);
    const channel = channelName(entry.channel ?? (entry.messageId ? channels.get(entry.messageId) : undefined));
    switch (entry.kind) {
      case 'node_entered': {
        const leaving = trace.slice(index + 1).find((later) => later.nodeId === entry.nodeId && (later.kind === 'node_exited' || later.kind === 'journey_exited'));
        if (!leaving || leaving.at !== entry.at) push(entry, `${name} entered`, 'node', 'node_waiting');
        return;
      }
      case 'node_exited': {
        const node = graph.nodes.find((candidate) => candidate.id === entry.nodeId);
        const handle = handleName(node, entry.handle ?? 'next');
        const variant = entry.variant && entry.variant !== entry.handle ? ` (variant ${entry.variant})` : '';
        return push(entry, `${name} → ${handle}${variant}${entry.reason ? ` — ${entry.reason}` : ''}`, 'node');
      }
      case 'message_sent':
        return push(entry, `${channel} sent by ${name}`, 'message');
      case 'message_status': {
        const bad = entry.status === 'bounced' || entry.status === 'failed';
        return push(entry, `${channel === 'Message' ? `Message of ${name}` : channel} ${entry.status ?? 'updated'}`, bad ? 'bad' : 'message');
      }
      case 'message_skipped':
        return push(entry, `${channel} skipped by ${name}${entry.reason ? `: ${entry.reason}` : ''}`, 'warn');
      case 'message_failed':
        return push(entry, `${channel} failed at ${name}${entry.reason ? `: ${entry.reason}` : ''}`, 'bad');
      case 'message_deferred': {
        const until = entry.status && !Number.isNaN(Date.parse(entry.status)) ? ` until ${formatOffset(Date.parse(entry.status) - start)}` : '';
        return push(entry, `${channel} deferred by ${name}${until}${entry.reason ? `: ${entry.reason}` : ''}`, 'warn');
      }
      case 'contact_updated':
        return push(entry, `${name} updated the contact`, 'node');
      case 'webhook_called': {
        const status = Number(entry.status);
        const ok = status >= 200 && status < 300;
        return push(entry, `${name} called: ${entry.status ? `answered ${entry.status}` : 'no answer'}${entry.reason ? ` — ${entry.reason}` : ''}`, ok ? 'node' : 'bad');
      }
      case 'converted':
        return push(entry, `Converted${entry.reason ? ` on "${entry.reason}"` : ''}`, 'ok');
      case 'journey_exited':
        return push(entry, `Journey ends at ${name}: ${entry.status ?? 'exited'}${entry.reason ? ` (${entry.reason})` : ''}`, 'end');
    }
  });
  return rows;
}

/** The outcome in plain words, and how it should look. */
export function describeOutcome(outcome: JourneyOutcome, { startAt, graph }: { startAt: string; graph: JourneyGraph }): { title: string; detail: string; tone: 'ok' | 'warn' | 'bad' } {
  const offset = formatOffset(Date.parse(outcome.at) - Date.parse(startAt));
  const where = nodeName(graph, outcome.nodeId);
  const titles: Record<JourneyOutcome['status'], string> = {
    converted: 'Converted', exited: 'Left the journey', completed: 'Reached the end of a path', cancelled: 'Cancelled', failed: 'Failed',
  };
  const tone = outcome.status === 'converted' ? 'ok' : outcome.status === 'failed' || outcome.status === 'cancelled' ? 'bad' : outcome.status === 'completed' ? 'warn' : 'ok';
  return { title: `${titles[outcome.status] ?? outcome.status}: ${outcome.reason}`, detail: `${offset} at ${where}`, tone };
}
