import type { ClusterModel, RfmPoint } from './clusters.types';
import { rawRfmFeatures, standardiseFeatures } from './rfm-features.util';
import { validateRfmPoint } from './validate-cluster-input';

/**
 * The index of the cluster whose standardised centroid is nearest (squared Euclidean) to the
 * point's standardised features, ties going to the lowest index. The SQL membership predicate
 * computes the same thing (formula on ClusterModel), so a contact is in a cluster's segment
 * exactly when this returns that cluster's index.
 */
export function nearestCluster(model: ClusterModel, point: RfmPoint): number {
  validateRfmPoint(point);
  return nearestCentroid(model.clusters.map((cluster) => cluster.centroid), standardiseFeatures(rawRfmFeatures(point), model));
}

/** Index of the nearest centroid; strict `<` keeps the first of equally near ones. */
export function nearestCentroid(centroids: readonly (readonly number[])[], z: readonly number[]): number {
  let best = -1;
  let bestDistance = Infinity;
  centroids.forEach((centroid, index) => {
    const distance = centroid.reduce((sum, c, j) => sum + (z[j] - c) ** 2, 0);
    if (distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
}
