import type { ClusterContactInput } from './clusters.types';

function group(prefix: string, rows: [recencyDays: number, frequency: number, monetary: number][]): ClusterContactInput[] {
  return rows.map(([recencyDays, frequency, monetary], i) => ({ contactId: `${prefix}-${i}`, recencyDays, frequency, monetary }));
}

/**
 * Three obviously separate groups of six. Member means (recency / frequency / monetary):
 *
 *   champions   5 / 10 / 4,500     (2+4+5+7+9+3)/6, (8+10+12+9+11+10)/6, 27,000/6
 *   lapsed    333 / 1.5 / 90       2,000/6 = 333.3, 9/6, 540/6
 *   newcomers   4 / 1 / 50         26/6 = 4.3, 6/6, 300/6
 */
export const CHAMPIONS = group('champion', [[2, 8, 3000], [4, 10, 4500], [5, 12, 6000], [7, 9, 3800], [9, 11, 5200], [3, 10, 4500]]);
export const LAPSED = group('lapsed', [[250, 1, 70], [300, 2, 90], [320, 1, 110], [350, 2, 80], [380, 1, 100], [400, 2, 90]]);
export const NEWCOMERS = group('newcomer', [[1, 1, 40], [3, 1, 45], [4, 1, 50], [5, 1, 55], [6, 1, 60], [7, 1, 50]]);

/** Interleaved, so nothing depends on the groups arriving in blocks. */
export const THREE_GROUPS: ClusterContactInput[] = CHAMPIONS.flatMap((champion, i) => [LAPSED[i], champion, NEWCOMERS[i]]);

/**
 * A messy, overlapping population from a fixed linear congruential generator: long-tailed
 * frequency and spend, some refunds (negative monetary), repeated points.
 */
export function messyContacts(count: number): ClusterContactInput[] {
  let state = 12345;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  return Array.from({ length: count }, (_, i) => ({
    contactId: `c${String(i).padStart(4, '0')}`,
    recencyDays: Math.floor(next() * 365),
    frequency: Math.floor(-Math.log(1 - next()) * 3),
    monetary: Math.round((next() < 0.05 ? -50 : 1) * Math.exp(next() * 8)),
  }));
}
