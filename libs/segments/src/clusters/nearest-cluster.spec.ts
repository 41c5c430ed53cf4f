import { ClusterError } from './cluster.error';
import type { ClusterModel } from './clusters.types';
import { nearestCluster } from './nearest-cluster';

// Recency mean 100 / sd 50; frequency and monetary already centred at ln 1 = 0 with sd 1, so
// z = [(days − 100) / 50, ln(1 + frequency), ln(1 + max(monetary, 0))].
const cluster = (index: number, centroid: number[]) => ({
  index, size: 1, centroid, typical: { recencyDays: 0, frequency: 0, monetary: 0 }, label: `c${index}`, description: '',
});
const MODEL: ClusterModel = {
  k: 3,
  seed: 1,
  features: ['recency_days', 'ln1p_frequency', 'ln1p_monetary'],
  means: [100, 0, 0],
  sds: [50, 1, 1],
  clusters: [cluster(0, [-1, 0, 0]), cluster(1, [1, 0, 0]), cluster(2, [-1, 0, 0])],
};

describe('nearestCluster', () => {
  it('standardises the point, then picks the nearest centroid', () => {
    expect(nearestCluster(MODEL, { recencyDays: 180, frequency: 0, monetary: 0 })).toBe(1); // z = [1.6, 0, 0]
    expect(nearestCluster(MODEL, { recencyDays: 110, frequency: 0, monetary: 0 })).toBe(1); // z = [0.2, 0, 0]
    expect(nearestCluster(MODEL, { recencyDays: 90, frequency: 0, monetary: -80 })).toBe(0); // z = [−0.2, 0, 0]
  });

  it('breaks ties toward the lowest index', () => {
    // z = [0, …] is equally far from −1 and +1; clusters 0 and 2 share a centroid.
    expect(nearestCluster(MODEL, { recencyDays: 100, frequency: 0, monetary: 0 })).toBe(0);
    expect(nearestCluster(MODEL, { recencyDays: 20, frequency: 0, monetary: 0 })).toBe(0);
  });

  it('refuses a point it cannot place, naming the field', () => {
    expect(() => nearestCluster(MODEL, { recencyDays: 1, frequency: NaN, monetary: 0 }))
      .toThrow(new ClusterError('cluster_input_invalid', 'frequency must be a finite number ≥ 0, not NaN'));
  });
});
