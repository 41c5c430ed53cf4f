import type { RfmContactInput } from './rfm.types';

export const NOW = '2024-06-30T12:00:00.000Z';

export function daysAgo(days: number): string {
  return new Date(Date.parse(NOW) - days * 86_400_000).toISOString();
}

/**
 * A small dataset scored by hand in the specs. Period P1Y (from 2023-06-30T12:00Z); per contact,
 * recency in days / frequency / monetary:
 *
 *   ann   2 / 3 / 600     cat  10 / 1 / 400     eve 200 / 1 / 600
 *   bob   2 / 2 / 300     dan  30 / 3 / 300     fay 300 / 3 /  20
 *
 * gus bought only 400 days ago (outside the period), hal never bought: both unscored.
 */
export const HAND_DATASET: RfmContactInput[] = [
  { contactId: 'ann', purchases: [{ at: daysAgo(2), amount: 100 }, { at: daysAgo(20), amount: 200 }, { at: daysAgo(40), amount: 300 }] },
  { contactId: 'bob', purchases: [{ at: daysAgo(100), amount: 100 }, { at: daysAgo(2), amount: 200 }] },
  { contactId: 'cat', purchases: [{ at: daysAgo(10), amount: 400 }] },
  // A zero-amount purchase (a gift, a fully discounted order) still counts toward frequency.
  { contactId: 'dan', purchases: [{ at: daysAgo(30), amount: 0 }, { at: daysAgo(60), amount: 100 }, { at: daysAgo(90), amount: 200 }] },
  { contactId: 'eve', purchases: [{ at: daysAgo(200), amount: 600 }] },
  { contactId: 'fay', purchases: [{ at: daysAgo(300), amount: 10 }, { at: daysAgo(305), amount: 5 }, { at: daysAgo(310), amount: 5 }] },
  { contactId: 'gus', purchases: [{ at: daysAgo(400), amount: 1000 }] },
  { contactId: 'hal', purchases: [] },
];
