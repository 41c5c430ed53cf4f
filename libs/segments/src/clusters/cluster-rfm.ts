import { kmeans } from 'ml-kmeans';

import { ClusterError } from './cluster.error';
import type { ClusterContactInput, ClusterModel, ClusterRfmResult } from './clusters.types';
import { describeCluster, uniqueLabels } from './describe-cluster';
import { nearestCentroid } from './nearest-cluster';
import { fitFeatureScaling, RFM_CLUSTER_FEATURES, rawRfmFeatures, standardiseFeatures } from './rfm-features.util';
import { compareTypical, meanRfmPoint, roundTypical } from './typical-member.util';
import { validateClusterInput } from './validate-cluster-input';

/**
 * k-means (ml-kmeans, k-means++ initialisation seeded with `seed`) over the standardised RFM
 * features described on ClusterModel. Each cluster comes back with its size, typical member, a
 * unique label and a one-sentence description, ordered best customers first (compareTypical).
 *
 * Reproducible: the same contacts (in any order) and seed give the same model and assignments,
 * because contacts are clustered in contactId order. Every assignment equals
 * `nearestCluster(model, contact)`, which is what the SQL membership predicate computes.
 */
export function clusterRfm({ contacts, k, seed }: {
  contacts: readonly ClusterContactInput[];
  k: number;
  seed: number;
}): ClusterRfmResult {
  validateClusterInput({ contacts, k, seed });
  const sorted = [...contacts].sort((a, b) => (a.contactId < b.contactId ? -1 : 1));
  const raw = sorted.map(rawRfmFeatures);
  const distinct = new Set(raw.map((row) => row.join(','))).size;
  if (distinct < k) {
    throw new ClusterError('cluster_too_few_points', `k = ${k} needs at least ${k} contacts with distinct `
      + `(recencyDays, frequency, monetary), got ${distinct}`);
  }
  const scaling = fitFeatureScaling(raw);
  const z = raw.map((row) => standardiseFeatures(row, scaling));

  // Tolerance 0: iterate until the centroids stop moving, so they are the exact means of their members.
  const fitted = kmeans(z, k, { initialization: 'kmeans++', seed, tolerance: 0, maxIterations: 1000 });
  const membersOf = (centroids: readonly number[][]) => {
    const cluster = z.map((row) => nearestCentroid(centroids, row));
    return centroids.map((centroid, i) => ({ centroid, members: sorted.filter((_, m) => cluster[m] === i) }))
      .filter(({ members }) => members.length > 0); // an empty cluster is no segment
  };
  const ordered = membersOf(fitted.centroids)
    .map((cluster) => ({ ...cluster, typical: meanRfmPoint(cluster.members) }))
    .sort((a, b) => compareTypical(a.typical, b.typical));
  // Reassign with the final order, so ties between centroids go to the lowest index as in nearestCluster.
  const final = membersOf(ordered.map(({ centroid }) => centroid));

  const described = final.map(({ centroid, members }) => {
    const typical = roundTypical(meanRfmPoint(members));
    return { size: members.length, centroid, typical, ...describeCluster({ centroid, typical }) };
  });
  const labels = uniqueLabels(described.map(({ label }) => label));
  const model: ClusterModel = {
    k: final.length,
    seed,
    features: RFM_CLUSTER_FEATURES,
    means: scaling.means,
    sds: scaling.sds,
    clusters: described.map((cluster, index) => ({ index, ...cluster, label: labels[index] })),
  };
  const clusterOf = new Map(final.flatMap(({ members }, index) => members.map((member) => [member.contactId, index])));
  return { model, assignments: contacts.map(({ contactId }) => ({ contactId, cluster: clusterOf.get(contactId)! })) };
}
