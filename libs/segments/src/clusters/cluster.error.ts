export type ClusterErrorCode = 'cluster_input_invalid' | 'cluster_too_few_points';

/**
 * Clustering input refused before k-means runs. `cluster_too_few_points` is the data, not the
 * caller: the workspace has fewer distinct RFM points than the chosen k.
 */
export class ClusterError extends Error {
  constructor(readonly code: ClusterErrorCode, message: string) {
    super(message);
    this.name = 'ClusterError';
  }
}
