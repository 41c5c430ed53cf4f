/** One of a contact's events, as ingested. */
export interface ContactEventView {
  id: string;
  name: string;
  properties: Record<string, unknown>;
  occurredAt: string;
}

/** One of a contact's passes through a journey. */
export interface ContactEnrollmentView {
  id: string;
  journeyId: string;
  journeyName: string;
  /** The journey version the enrollment is pinned to. */
  version: number;
  status: string;
  startedAt: string;
  endedAt: string | null;
  exitReason: string | null;
  /** A goal conversion was attributed to it (also after it ended). */
  converted: boolean;
  /** The variant each split node sent it to, by node id. */
  variants: Record<string, string>;
}
