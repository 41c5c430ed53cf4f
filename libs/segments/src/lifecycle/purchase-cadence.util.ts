/** Median gap in milliseconds between consecutive purchases (sorted ascending); null with fewer than two. */
export function medianGapMs(sortedMs: readonly number[]): number | null {
  if (sortedMs.length < 2) return null;
  const gaps = sortedMs.slice(1).map((at, i) => at - sortedMs[i]).sort((a, b) => a - b);
  const middle = Math.floor(gaps.length / 2);
  return gaps.length % 2 === 1 ? gaps[middle] : (gaps[middle - 1] + gaps[middle]) / 2;
}
