export type LifecycleStage = 'new' | 'active' | 'sleeping' | 'churned';

/** Workspace thresholds; see DEFAULT_LIFECYCLE_SETTINGS for what each one means. */
export interface LifecycleSettings {
  newWithin: string;
  singlePurchaseSleepingAfter: string;
  singlePurchaseChurnedAfter: string;
  sleepingFactor: number;
  churnedFactor: number;
  minCadence: string;
}

export interface LifecycleContactInput {
  contactId: string;
  /** Purchases as ISO instants (any extra fields, such as an amount, are ignored). */
  purchases: readonly { at: string }[];
}

export interface LifecycleResult {
  contactId: string;
  /** null for a contact with no purchase up to `now`: not a customer yet, so no stage. */
  stage: LifecycleStage | null;
  purchases: number;
  /** Median days between consecutive purchases; null with fewer than two purchases. */
  cadenceDays: number | null;
  /** Days since the last purchase; null with no purchase. */
  silenceDays: number | null;
}
