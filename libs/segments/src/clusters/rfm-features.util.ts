import type { FeatureTriple, RfmClusterFeatures, RfmPoint } from './clusters.types';

export const RFM_CLUSTER_FEATURES: RfmClusterFeatures = ['recency_days', 'ln1p_frequency', 'ln1p_monetary'];

/**
 * The unscaled features, `[recency_days, ln(1 + frequency), ln(1 + max(monetary, 0))]`. The logs
 * tame the long tails of purchase counts and spend, so a handful of whales do not get a cluster
 * each; net refunds count as no spend. The SQL side computes exactly this.
 */
export function rawRfmFeatures({ recencyDays, frequency, monetary }: RfmPoint): FeatureTriple {
  return [recencyDays, Math.log1p(frequency), Math.log1p(Math.max(monetary, 0))];
}

/**
 * Mean and population standard deviation (divide by n, not n − 1) of each feature. A constant
 * feature gets sd 1 rather than 0, so it standardises to 0 instead of NaN.
 */
export function fitFeatureScaling(rows: readonly FeatureTriple[]): { means: FeatureTriple; sds: FeatureTriple } {
  const n = rows.length;
  const mean = (j: number) => rows.reduce((sum, row) => sum + row[j], 0) / n;
  const means: FeatureTriple = [mean(0), mean(1), mean(2)];
  const sd = (j: number) => Math.sqrt(rows.reduce((sum, row) => sum + (row[j] - means[j]) ** 2, 0) / n) || 1;
  return { means, sds: [sd(0), sd(1), sd(2)] };
}

/** z = (x − mean) / sd per feature. */
export function standardiseFeatures(row: FeatureTriple, { means, sds }: { means: FeatureTriple; sds: FeatureTriple }): FeatureTriple {
  return [(row[0] - means[0]) / sds[0], (row[1] - means[1]) / sds[1], (row[2] - means[2]) / sds[2]];
}
