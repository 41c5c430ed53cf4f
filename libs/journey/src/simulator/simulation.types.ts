import type { ContactEvent, ContactSnapshot } from '../contact/contact.types';
import type { JourneyGraph } from '../graph/graph.types';
import type { JourneyOutcome } from '../runtime/driver';
import type { DeliveryStatus } from '../runtime/messages';
import type { TraceEntry } from '../runtime/trace';

export interface SimulationInput {
  graph: JourneyGraph;
  contact: ContactSnapshot;
  /** When the contact enters the journey. */
  startAt: string;
  journeyId?: string;
  enrollmentId?: string;
  /** What the contact does: at an instant, or `after` a duration from the start. Earlier ones are history. */
  events?: ScriptedEvent[];
  /** How messages fare, e.g. every email is opened 2 hours after it is sent. */
  deliveries?: ScriptedDelivery[];
  /** Channels whose provider confirms delivery in its answer to the send (Telegram's Bot API): their messages are `delivered` at once. */
  deliveredOnSend?: string[];
  /** Segments the contact is in. */
  segments?: string[];
  /** Variants split winner rules have chosen, by split node id. */
  splitWinners?: Record<string, string>;
  /** Answer of webhooks; 200 when not given. */
  webhookStatus?: number;
  /** Why a channel cannot reach the contact (null when it can); by default from the contact's addresses and consent. */
  unreachable?: (contact: ContactSnapshot, channel: string) => string | null;
}

export type ScriptedEvent = Omit<ContactEvent, 'occurredAt'> & ({ at: string } | { after: string });

export interface ScriptedDelivery {
  status: DeliveryStatus;
  /** Delay after the message was sent. */
  after: string;
  channel?: string;
  nodeId?: string;
}

export interface SimulatedMessage {
  messageId: string;
  nodeId: string;
  channel: string;
  sentAt: string;
  templateId?: string;
}

export interface SimulationResult {
  outcome: JourneyOutcome;
  trace: TraceEntry[];
  messages: SimulatedMessage[];
  contact: ContactSnapshot;
}
