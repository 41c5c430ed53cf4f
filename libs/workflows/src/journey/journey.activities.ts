import type {
  CallWebhookCommand, ContactChanges, ContactEvent, ContactSnapshot, JourneyGraph, JourneyOutcome, SendCommand, SendResult, TraceEntry,
} from '@cascade/journey';

/** What the journey workflow needs from the outside world; apps/worker implements it. */
export interface JourneyActivities {
  loadEnrollment(input: { enrollmentId: string }): Promise<EnrollmentSnapshot>;
  sendMessage(input: SendMessageInput): Promise<SendResult>;
  loadContext(input: { contactId: string; segmentIds: string[]; eventNames: string[] }): Promise<{ contact: ContactSnapshot; segments: string[]; events: ContactEvent[] }>;
  updateContact(input: { contactId: string; changes: ContactChanges }): Promise<ContactSnapshot>;
  callWebhook(input: Omit<CallWebhookCommand, 'kind'>): Promise<{ ok: boolean; status?: number; reason?: string }>;
  /** The variant a split's winner rule chose, or null while the experiment runs. */
  loadSplitWinner(input: { journeyId: string; nodeId: string }): Promise<string | null>;
  recordStepEvents(input: StepEventBatch): Promise<void>;
  completeEnrollment(input: { enrollmentId: string; outcome: JourneyOutcome }): Promise<void>;
}

/** The enrollment as the workflow starts it: the pinned version's graph and the contact. */
export interface EnrollmentSnapshot {
  enrollmentId: string;
  journeyId: string;
  versionId: string;
  startedAt: string;
  graph: JourneyGraph;
  contact: ContactSnapshot;
}

export type SendMessageInput = Omit<SendCommand, 'kind'> & { enrollmentId: string; journeyId: string; contactId: string };

export interface StepEventBatch {
  enrollmentId: string;
  journeyId: string;
  versionId: string;
  contactId: string;
  /** Numbered in order within the enrollment, so a retried batch is written once. */
  entries: (TraceEntry & { seq: number })[];
}
