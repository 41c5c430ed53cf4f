/** At most `max` messages per rolling `window` (ISO duration), on `channel` or, when absent, on all channels together. */
export interface FrequencyCap {
  channel?: string;
  max: number;
  window: string;
}

/** Local wall-clock times ("21:00"–"09:00") in the contact's timezone; `start` after `end` wraps midnight. */
export interface QuietHours {
  start: string;
  end: string;
}

/** A workspace's limits on marketing messages; transactional messages bypass them. */
export interface MessagingRules {
  caps: FrequencyCap[];
  quietHours?: QuietHours | null;
}

/** A non-transactional message already sent to the contact. */
export interface RecentSend {
  channel: string;
  sentAt: string;
}

export type SendDecision =
  | { status: 'allowed' }
  | { status: 'skipped'; reason: string }
  | { status: 'deferred'; until: string; reason: string };
