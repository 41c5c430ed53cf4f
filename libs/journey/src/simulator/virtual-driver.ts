import { applyContactChanges, type ContactEvent, type ContactSnapshot } from '../contact/contact.types';
import type { Command, Resume } from '../runtime/commands';
import type { Interruption, JourneyDriver } from '../runtime/driver';
import { isGoalEvent, matchesEventWait } from '../runtime/goal';
import { parseMessageId, type DeliveryStatus } from '../runtime/messages';
import type { TraceEntry } from '../runtime/trace';
import { addDuration } from '../time/duration';
import { validZone } from '../time/local-time';
import { defaultUnreachable } from './reachability';
import type { ScriptedEvent, SimulatedMessage, SimulationInput } from './simulation.types';

type Arrival =
  | { at: number; kind: 'event'; event: ContactEvent }
  | { at: number; kind: 'delivery'; messageId: string; status: DeliveryStatus };

/** Carries out commands on a virtual clock: a wait of months takes no real time. */
export class VirtualDriver implements JourneyDriver {
  readonly trace: TraceEntry[] = [];
  readonly messages: SimulatedMessage[] = [];
  contact: ContactSnapshot;
  private clock: number;
  private readonly arrivals: Arrival[] = [];
  private readonly history: ContactEvent[] = [];
  private readonly received: ContactEvent[] = [];
  private readonly statuses = new Map<string, DeliveryStatus[]>();
  private converted = false;
  private nodeId: string | undefined;
  /** As in the Temporal driver: a delivery confirmed by the send answer is recorded right after its `message_sent`. */
  private deliveredOnSend: string | null = null;

  constructor(private readonly input: SimulationInput) {
    this.clock = Date.parse(input.startAt);
    this.contact = input.contact;
    for (const scripted of input.events ?? []) {
      const event = toEvent(scripted, input.startAt);
      if (Date.parse(event.occurredAt) < this.clock) this.history.push(event);
      else this.arrive({ at: Date.parse(event.occurredAt), kind: 'event', event });
    }
  }

  now(): string {
    return new Date(this.clock).toISOString();
  }

  events(): readonly ContactEvent[] {
    return this.received;
  }

  record(entry: TraceEntry): void {
    if (entry.kind === 'node_entered') this.nodeId = entry.nodeId;
    this.trace.push(entry);
    if (entry.kind === 'message_sent' && entry.messageId === this.deliveredOnSend) {
      this.deliveredOnSend = null;
      this.statuses.set(entry.messageId, [...(this.statuses.get(entry.messageId) ?? []), 'delivered']);
      this.record({ at: entry.at, kind: 'message_status', nodeId: entry.nodeId, messageId: entry.messageId, status: 'delivered' });
    }
  }

  async execute(command: Command): Promise<Resume | Interruption> {
    switch (command.kind) {
      case 'sleep': {
        const found = this.advance(Date.parse(command.until), () => false);
        return found?.kind === 'interrupted' ? found : { kind: 'woke', now: this.now() };
      }
      case 'wait_for_event': {
        const early = this.received.find((event) => matchesEventWait(command, event));
        if (early) return { kind: 'event', event: early, now: this.now() };
        const found = this.advance(Date.parse(command.until), (a) => a.kind === 'event' && matchesEventWait(command, a.event));
        if (found?.kind === 'interrupted') return found;
        return found?.kind === 'event' ? { kind: 'event', event: found.event, now: this.now() } : { kind: 'timeout', now: this.now() };
      }
      case 'wait_for_delivery': {
        const reached = (status: DeliveryStatus) => command.statuses.includes(status) || !!command.failOn?.includes(status);
        const known = (this.statuses.get(command.messageId) ?? []).find(reached);
        if (known) return { kind: 'delivery', status: known, now: this.now() };
        const found = this.advance(Date.parse(command.until), (a) => a.kind === 'delivery' && a.messageId === command.messageId && reached(a.status));
        if (found?.kind === 'interrupted') return found;
        return found?.kind === 'delivery' ? { kind: 'delivery', status: found.status, now: this.now() } : { kind: 'timeout', now: this.now() };
      }
      case 'send':
        return { kind: 'sent', result: this.send(command), now: this.now() };
      case 'load_context':
        return { kind: 'context', contact: this.contact, segments: this.input.segments ?? [], events: [...this.history, ...this.received], now: this.now() };
      case 'update_contact':
        this.contact = applyContactChanges(this.contact, command.changes);
        return { kind: 'contact_updated', contact: this.contact, now: this.now() };
      case 'call_webhook': {
        const status = this.input.webhookStatus ?? 200;
        return { kind: 'webhook_called', ok: status >= 200 && status < 300, status, now: this.now() };
      }
      case 'load_split_winner':
        return { kind: 'split_winner', variantId: this.input.splitWinners?.[command.nodeId] ?? null, now: this.now() };
    }
  }

  private send(command: Extract<Command, { kind: 'send' }>) {
    const unreachable = (this.input.unreachable ?? defaultUnreachable)(this.contact, command.channel);
    if (unreachable) return { status: 'skipped' as const, reason: unreachable };
    const { nodeId } = command;
    this.messages.push({ messageId: command.messageId, nodeId, channel: command.channel, sentAt: this.now(), templateId: command.templateId });
    for (const delivery of this.input.deliveries ?? []) {
      if (delivery.channel && delivery.channel !== command.channel) continue;
      if (delivery.nodeId && delivery.nodeId !== nodeId) continue;
      this.arrive({ at: Date.parse(addDuration(this.now(), delivery.after)), kind: 'delivery', messageId: command.messageId, status: delivery.status });
    }
    if (!this.input.deliveredOnSend?.includes(command.channel)) return { status: 'sent' as const };
    this.deliveredOnSend = command.messageId;
    return { status: 'sent' as const, delivered: true };
  }

  /** Moves the clock to `until`, taking in what arrives on the way; stops early at an arrival `stop` wants or at a goal exit. */
  private advance(until: number, stop: (arrival: Arrival) => boolean): Arrival | Interruption | null {
    while (this.arrivals.length > 0 && this.arrivals[0].at <= until) {
      const arrival = this.arrivals.shift()!;
      this.clock = Math.max(this.clock, arrival.at);
      if (arrival.kind === 'event') {
        this.received.push(arrival.event);
        if (this.reachesGoal(arrival.event)) return { kind: 'interrupted', reason: 'goal' };
      } else {
        this.statuses.set(arrival.messageId, [...(this.statuses.get(arrival.messageId) ?? []), arrival.status]);
        const nodeId = parseMessageId(arrival.messageId)?.nodeId;
        this.record({ at: this.now(), kind: 'message_status', nodeId, messageId: arrival.messageId, status: arrival.status });
      }
      if (stop(arrival)) return arrival;
    }
    this.clock = Math.max(this.clock, until);
    return null;
  }

  /** Records the conversion once; true when the journey must then be left (exitOnGoal). */
  private reachesGoal(event: ContactEvent): boolean {
    const settings = this.input.graph.settings;
    if (this.converted || !isGoalEvent(settings, event, this.input.startAt, validZone(this.contact.timezone ?? undefined))) return false;
    this.converted = true;
    this.record({ at: this.now(), kind: 'converted', nodeId: this.nodeId, reason: event.name });
    return settings?.exitOnGoal === true;
  }

  private arrive(arrival: Arrival): void {
    const index = this.arrivals.findIndex((other) => other.at > arrival.at);
    this.arrivals.splice(index === -1 ? this.arrivals.length : index, 0, arrival);
  }
}

function toEvent(scripted: ScriptedEvent, startAt: string): ContactEvent {
  const { name, id, properties } = scripted;
  const occurredAt = 'at' in scripted ? new Date(scripted.at).toISOString() : addDuration(startAt, scripted.after);
  return { name, id, properties, occurredAt };
}
