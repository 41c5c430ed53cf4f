import { condition, continueAsNew, patched, proxyActivities, workflowInfo } from '@temporalio/workflow';
import {
  isGoalEvent, matchesEventWait, parseMessageId, validZone, type Command, type ContactEvent, type DeliveryStatus, type Interruption,
  type JourneyDriver, type JourneyPosition, type Resume, type SendResult, type TraceEntry,
} from '@cascade/journey';
import type { Bookkeeping } from './bookkeeping';
import type { EnrollmentSnapshot, JourneyActivities } from './journey.activities';
import type { JourneyState } from './journey.signals';
import type { JourneyCarry, JourneyWorkflowInput } from './journey.workflow';

// Short timeouts: an activity lost with a killed worker is retried only after its timeout.
const activities = proxyActivities<JourneyActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});
/** A provider down for a day fails the message; a webhook gets five tries. Both then take `failed`. */
const { sendMessage } = proxyActivities<JourneyActivities>({
  startToCloseTimeout: '30 seconds',
  scheduleToCloseTimeout: '1 day',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '10 minutes' },
});
const { callWebhook } = proxyActivities<JourneyActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumAttempts: 5 },
});

/** Events kept for wait_for_event and conditions; older ones are in Postgres. */
const MAX_BUFFERED_EVENTS = 200;
/** Continue-as-new well before Temporal's history limits, between two nodes. */
const MAX_HISTORY_EVENTS = 5_000;
/** Entries kept in memory before they are written even without a wait. */
const MAX_PENDING_ENTRIES = 100;

/** Carries out journey commands with durable timers, signals and activities. */
export class TemporalDriver implements JourneyDriver {
  private readonly received: ContactEvent[];
  /** When each buffered event reached the workflow (same order as `received`). */
  private readonly receivedAt: string[];
  private readonly deliveries: Record<string, DeliveryStatus[]>;
  private pending: (TraceEntry & { seq: number })[] = [];
  private readonly recent: TraceEntry[] = [];
  private seq: number;
  private converted: boolean;
  private interruption: Interruption['reason'] | null = null;
  private nodeId: string | null = null;
  /** A message whose send answer confirmed delivery: its `delivered` is recorded right after its `message_sent`. */
  private deliveredOnSend: string | null = null;

  constructor(
    private readonly snapshot: EnrollmentSnapshot,
    private readonly bookkeeping: Bookkeeping,
    carry?: JourneyCarry,
    private readonly historyLimit = MAX_HISTORY_EVENTS,
  ) {
    this.received = carry?.events ?? [];
    this.receivedAt = carry?.receivedAt ?? this.received.map((event) => event.occurredAt);
    this.deliveries = carry?.deliveries ?? {};
    this.seq = carry?.seq ?? 0;
    this.converted = carry?.converted ?? false;
  }

  now(): string {
    return new Date().toISOString();
  }

  events(): readonly ContactEvent[] {
    return this.received;
  }

  record(entry: TraceEntry): void {
    if (entry.kind === 'node_entered') this.nodeId = entry.nodeId ?? null;
    this.pending.push({ ...entry, seq: this.seq++ });
    this.recent.push(entry);
    if (this.recent.length > 50) this.recent.shift();
    if (entry.kind === 'message_sent' && entry.messageId === this.deliveredOnSend) {
      this.deliveredOnSend = null;
      this.onDelivery({ messageId: entry.messageId, status: 'delivered' });
    }
  }

  state(status: JourneyState['status']): JourneyState {
    return { nodeId: this.nodeId, status, recent: [...this.recent] };
  }

  onEvent(event: ContactEvent): void {
    if (event.id && this.received.some((known) => known.id === event.id)) return; // routed again after a failure
    this.received.push(event);
    this.receivedAt.push(this.now());
    if (this.received.length > MAX_BUFFERED_EVENTS) {
      this.received.shift();
      this.receivedAt.shift();
    }
    const { graph, startedAt } = this.snapshot;
    const zone = this.snapshot.contact.timezone ?? undefined;
    if (this.converted || !isGoalEvent(graph.settings, event, startedAt, validZone(zone))) return;
    this.converted = true;
    this.record({ at: this.now(), kind: 'converted', nodeId: this.nodeId ?? undefined, reason: event.name });
    if (graph.settings?.exitOnGoal) this.interruption = 'goal';
  }

  onDelivery({ messageId, status }: { messageId: string; status: DeliveryStatus }): void {
    const known = (this.deliveries[messageId] ??= []);
    if (known.includes(status)) return; // providers repeat callbacks
    known.push(status);
    this.record({ at: this.now(), kind: 'message_status', nodeId: parseMessageId(messageId)?.nodeId, messageId, status });
  }

  cancel(): void {
    this.interruption = 'cancelled';
  }

  async checkpoint(position: JourneyPosition): Promise<void> {
    if (this.bookkeeping.flushBeforeEveryNode || this.pending.length >= MAX_PENDING_ENTRIES) await this.flush();
    const info = workflowInfo();
    if (info.continueAsNewSuggested || info.historyLength > this.historyLimit) {
      await this.flush();
      const carry: JourneyCarry = {
        snapshot: this.snapshot, position, events: this.received, receivedAt: this.receivedAt, deliveries: this.deliveries, seq: this.seq, converted: this.converted,
      };
      const next: JourneyWorkflowInput = { enrollmentId: this.snapshot.enrollmentId, carry, historyLimit: this.historyLimit };
      await continueAsNew<(input: JourneyWorkflowInput) => Promise<unknown>>(next);
    }
  }

  /**
   * Writes the recorded entries as step events, so Postgres shows where the contact is. Called where
   * time passes (before a wait) and at the end; entries not yet written when a worker dies are
   * recorded again when the workflow replays.
   */
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const entries = this.pending;
    this.pending = [];
    const { enrollmentId, journeyId, versionId, contact } = this.snapshot;
    await this.bookkeeping.activities.recordStepEvents({ enrollmentId, journeyId, versionId, contactId: contact.id, entries });
  }

  async execute(command: Command): Promise<Resume | Interruption> {
    if (this.interruption) return { kind: 'interrupted', reason: this.interruption };
    const { enrollmentId, journeyId, contact } = this.snapshot;
    switch (command.kind) {
      case 'sleep':
        return (await this.waitUntil(command.until, () => false)) ?? { kind: 'woke', now: this.now() };
      case 'wait_for_event': {
        let found: ContactEvent | undefined;
        const interrupted = await this.waitUntil(command.until, () => !!(found = this.received.find((e, i) => matchesEventWait(command, e, this.receivedAt[i]))));
        if (interrupted) return interrupted;
        return found ? { kind: 'event', event: found, now: this.now() } : { kind: 'timeout', now: this.now() };
      }
      case 'wait_for_delivery': {
        let status: DeliveryStatus | undefined;
        // Histories recorded before a bounce could end the wait replay without it.
        const ending = patched('undeliverable-ends-wait') ? [...command.statuses, ...(command.failOn ?? [])] : command.statuses;
        const reached = () => !!(status = (this.deliveries[command.messageId] ?? []).find((s) => ending.includes(s)));
        const interrupted = await this.waitUntil(command.until, reached);
        if (interrupted) return interrupted;
        return status ? { kind: 'delivery', status, now: this.now() } : { kind: 'timeout', now: this.now() };
      }
      case 'send': {
        const { kind: _kind, ...send } = command;
        const result = await sendMessage({ ...send, enrollmentId, journeyId, contactId: contact.id }).catch(
          (error: Error): SendResult => ({ status: 'failed', reason: failureReason(error) }),
        );
        // Only results of channels that confirm delivery carry `delivered`, so older histories replay unchanged.
        if (result.status === 'sent' && result.delivered) this.deliveredOnSend = command.messageId;
        return { kind: 'sent', result, now: this.now() };
      }
      case 'load_context': {
        const loaded = await activities.loadContext({ contactId: contact.id, segmentIds: command.segmentIds, eventNames: command.eventNames });
        const events = mergeEvents(loaded.events, this.received);
        return { kind: 'context', contact: loaded.contact, segments: loaded.segments, events, now: this.now() };
      }
      case 'update_contact':
        return { kind: 'contact_updated', contact: await activities.updateContact({ contactId: contact.id, changes: command.changes }), now: this.now() };
      case 'load_split_winner': {
        // Only splits with a winner rule ask, and those exist only in histories recorded since: replay is unaffected.
        const variantId = await activities.loadSplitWinner({ journeyId, nodeId: command.nodeId });
        return { kind: 'split_winner', variantId, now: this.now() };
      }
      case 'call_webhook': {
        const { kind: _kind, ...request } = command;
        const answer = await callWebhook(request).catch((error: Error) => ({ ok: false, reason: failureReason(error) }));
        return { kind: 'webhook_called', ...answer, now: this.now() };
      }
    }
  }

  /** A durable timer that also ends when `done` holds or the enrollment is interrupted. */
  private async waitUntil(until: string, done: () => boolean): Promise<Interruption | null> {
    await this.flush();
    const ms = Date.parse(until) - Date.now();
    await condition(() => this.interruption !== null || done(), Math.max(ms, 0));
    return this.interruption ? { kind: 'interrupted', reason: this.interruption } : null;
  }
}

/** The activity's own message rather than "Activity task failed". */
function failureReason(error: Error): string {
  return (error.cause as Error | undefined)?.message ?? error.message;
}

function mergeEvents(stored: ContactEvent[], received: readonly ContactEvent[]): ContactEvent[] {
  const seen = new Set(stored.map((event) => event.id).filter(Boolean));
  return [...stored, ...received.filter((event) => !event.id || !seen.has(event.id))];
}
