import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { ContactEvent, DeliveryStatus, TraceEntry } from '@cascade/journey';

/** Declared once, used by the workflow and by clients (API, dispatcher, webhooks). */
export const contactEventSignal = defineSignal<[ContactEvent]>('contactEvent');
export const deliveryStatusSignal = defineSignal<[{ messageId: string; status: DeliveryStatus }]>('deliveryStatus');
export const cancelSignal = defineSignal<[]>('cancel');

export interface JourneyState {
  nodeId: string | null;
  status: 'running' | 'finished';
  /** The latest trace entries, newest last. */
  recent: TraceEntry[];
}
export const journeyStateQuery = defineQuery<JourneyState>('journeyState');
