/** Number of quantile levels per dimension. Level 1 is always the best. */
export type RfmLevels = 3 | 5;

export interface RfmPurchase {
  /** ISO instant of the purchase. */
  at: string;
  /** Order value in the workspace currency; zero counts as a purchase, negatives (refunds) lower the sum. */
  amount: number;
}

export interface RfmContactInput {
  contactId: string;
  purchases: readonly RfmPurchase[];
}

/** One scored contact. `r`, `f`, `m` run from 1 (best) to `levels` (worst). */
export interface RfmScore {
  contactId: string;
  /** Whole days from the last purchase in the period to `now` (rounded down). */
  recencyDays: number;
  /** Purchases in the period. */
  frequency: number;
  /** Sum of amounts in the period. */
  monetary: number;
  r: number;
  f: number;
  m: number;
  /** `"R-F-M"`, e.g. `"1-1-1"` for the best contacts. */
  code: string;
}

export interface RfmResult {
  levels: RfmLevels;
  /** Scored contacts, in input order. */
  scores: RfmScore[];
  /** Contacts with no purchase in the period: they have no score (not a worst score). */
  unscored: string[];
}

/**
 * A named cell of the R×F grid: a contact belongs to the first rule whose inclusive ranges hold
 * both its R and F score.
 */
export interface RfmCellRule {
  name: string;
  r: readonly [min: number, max: number];
  f: readonly [min: number, max: number];
}
