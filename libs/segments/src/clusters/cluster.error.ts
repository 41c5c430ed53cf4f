import { DomainError } from '@cascade/errors';

export type ClusterErrorCode = 'cluster_input_invalid' | 'cluster_too_few_points';

/**
 * Clustering input refused before k-means runs. `cluster_too_few_points` is the data, not the
 * caller: the workspace has fewer distinct RFM points than the chosen k (so it is `unprocessable`).
 */
export class ClusterError extends DomainError<ClusterErrorCode> {
  constructor(code: ClusterErrorCode, message: string) {
    super(code === 'cluster_too_few_points' ? 'unprocessable' : 'invalid', code, message);
    this.name = 'ClusterError';
  }
}
