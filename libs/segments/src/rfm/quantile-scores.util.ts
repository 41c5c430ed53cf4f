/**
 * Scores values into `levels` quantile levels, 1 = best, by rank:
 *
 *   rank  = how many values are strictly better (0 for the best; equal values share a rank)
 *   score = 1 + floor(rank × levels / n)
 *
 * Without ties each level holds n/levels values (the better levels get the extra ones when n is
 * not a multiple). Equal values always get the same score, and a tie that straddles a border
 * resolves toward the better level: everyone in it gets the score of its first (best) member.
 * So all-equal values all score 1, and levels can be uneven or empty.
 *
 * Worked example, 3 levels, n = 6, higher is better, values 9 7 7 5 5 1:
 *   ranks  0 1 1 3 3 5
 *   score  1+floor(0·3/6)=1, 1+floor(1·3/6)=1, 1, 1+floor(3·3/6)=2, 2, 1+floor(5·3/6)=3
 * Without ties ranks 2 and 3 would be level 2 and rank 4 level 3; here the second 7 (position 2)
 * joins level 1 with the first, and the second 5 (position 4) joins level 2 with the first.
 */
export function quantileScores({ values, levels, better }: {
  values: readonly number[];
  levels: number;
  better: 'lower' | 'higher';
}): number[] {
  const n = values.length;
  const sorted = [...values].sort((a, b) => (better === 'lower' ? a - b : b - a));
  const firstRank = new Map<number, number>();
  sorted.forEach((value, index) => {
    if (!firstRank.has(value)) firstRank.set(value, index);
  });
  // Integer arithmetic: rank × levels < n × levels, so the score never passes `levels`.
  return values.map((value) => 1 + Math.floor((firstRank.get(value)! * levels) / n));
}
