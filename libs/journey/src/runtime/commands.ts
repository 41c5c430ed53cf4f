import type { Condition } from '../conditions/condition.types';
import type { ContactChanges, ContactEvent, ContactSnapshot } from '../contact/contact.types';
import type { DeliveryStatus, MessageContent } from './messages';

/**
 * What a node program asks its driver to do. The simulator carries it out on a virtual clock;
 * the Temporal workflow with durable timers, signals and activities.
 */
export type Command = SleepCommand | WaitForEventCommand | SendCommand | WaitForDeliveryCommand
  | LoadContextCommand | UpdateContactCommand | CallWebhookCommand | LoadSplitWinnerCommand;

export interface SleepCommand { kind: 'sleep'; until: string }

/** Resolves with the first event named `event` (matching `filter`) that occurred at or after `since`. */
export interface WaitForEventCommand { kind: 'wait_for_event'; event: string; filter?: Condition; since: string; until: string }

export interface SendCommand {
  kind: 'send';
  messageId: string;
  nodeId: string;
  /** Position in a cascade (0 for a send node). */
  step: number;
  channel: string;
  templateId?: string;
  content?: MessageContent;
  /** Channel-specific node configuration. */
  config: Record<string, unknown>;
  /** Transactional messages bypass frequency caps and quiet hours. */
  transactional: boolean;
  /** What to do with a message a frequency cap or quiet hours hold back. */
  onCap: 'skip' | 'defer';
}

/** Resolves with the first of `statuses` the message reaches, or at once with one of `failOn` (it bounced: no point waiting). */
export interface WaitForDeliveryCommand { kind: 'wait_for_delivery'; messageId: string; statuses: DeliveryStatus[]; failOn?: DeliveryStatus[]; until: string }

/** Fresh contact data, segment memberships and recent events for evaluating conditions. */
export interface LoadContextCommand { kind: 'load_context'; segmentIds: string[]; eventNames: string[] }

/** The variant a split's winner rule chose for new contacts, if it chose one yet. */
export interface LoadSplitWinnerCommand { kind: 'load_split_winner'; nodeId: string }

export interface UpdateContactCommand { kind: 'update_contact'; changes: ContactChanges }

export interface CallWebhookCommand {
  kind: 'call_webhook';
  /** Deterministic, like message ids: sent as an idempotency key. */
  requestId: string;
  url: string;
  method: string;
  headers?: Record<string, string>;
  body?: unknown;
}

/** What the driver answers; every answer carries the time it happened. */
export type Resume =
  | { kind: 'woke'; now: string }
  | { kind: 'event'; event: ContactEvent; now: string }
  | { kind: 'timeout'; now: string }
  | { kind: 'sent'; result: SendResult; now: string }
  | { kind: 'delivery'; status: DeliveryStatus; now: string }
  | { kind: 'context'; contact: ContactSnapshot; segments: string[]; events: ContactEvent[]; now: string }
  | { kind: 'contact_updated'; contact: ContactSnapshot; now: string }
  | { kind: 'webhook_called'; ok: boolean; status?: number; reason?: string; now: string }
  | { kind: 'split_winner'; variantId: string | null; now: string };

export type SendResult =
  /** `delivered`: the provider confirmed delivery in its answer to the send, so it counts as a delivery at once. */
  | { status: 'sent'; providerMessageId?: string; delivered?: boolean }
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; reason: string }
  | { status: 'deferred'; until: string; reason: string };
