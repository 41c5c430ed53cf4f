/** One contact's RFM measures, as in RfmScore (recency in days, purchases and amount in the period). */
export interface ClusterContactInput {
  contactId: string;
  /** Days since the last purchase, ≥ 0; lower is better. */
  recencyDays: number;
  /** Purchases in the period, ≥ 0. */
  frequency: number;
  /** Sum of amounts in the period; negatives (net refunds) count as 0 in the features. */
  monetary: number;
}

/** The three RFM measures without the contact, e.g. a cluster's typical member. */
export type RfmPoint = Omit<ClusterContactInput, 'contactId'>;

export type RfmClusterFeatures = readonly ['recency_days', 'ln1p_frequency', 'ln1p_monetary'];

/** A feature value per feature, in the order of `RfmClusterFeatures`. */
export type FeatureTriple = [recency: number, frequency: number, monetary: number];

export interface RfmCluster {
  /** 0-based; clusters are ordered by typical monetary descending, then recency, then frequency. */
  index: number;
  /** Contacts nearest to this centroid. */
  size: number;
  /** Standardised feature values (z), length 3, in feature order. Defines membership: see ClusterModel. */
  centroid: number[];
  /** Member means in raw units: whole days, purchases to 0.1, money to 0.01. */
  typical: RfmPoint;
  /** Short name, unique within the model, e.g. "Recent frequent big spenders". */
  label: string;
  /** One plain-English sentence, e.g. "Bought recently (about 12 days ago), often (8.4 purchases) and spend a lot (42,300 in total)." */
  description: string;
}

/**
 * A fitted k-means model over RFM, JSON-serialisable (stored as jsonb). Membership of a contact,
 * computed the same way by nearestCluster here and by the SQL membership predicate:
 *
 *   x    = [recency_days, ln(1 + frequency), ln(1 + greatest(monetary, 0))]
 *   z_j  = (x_j − means[j]) / sds[j]
 *   cluster = the index i minimising Σ_j (z_j − clusters[i].centroid[j])², ties → lowest index
 *
 * `means` and `sds` are the mean and population standard deviation of each feature over the
 * clustered contacts; a feature whose sd was 0 (every contact equal) is stored with sd 1.
 */
export interface ClusterModel {
  /** Number of clusters in `clusters` (the requested k, less any cluster k-means left empty). */
  k: number;
  seed: number;
  features: RfmClusterFeatures;
  means: FeatureTriple;
  sds: FeatureTriple;
  clusters: RfmCluster[];
}

export interface ClusterAssignment {
  contactId: string;
  cluster: number;
}

export interface ClusterRfmResult {
  model: ClusterModel;
  /** One per input contact, in input order. */
  assignments: ClusterAssignment[];
}
