import { ClusterError } from './cluster.error';
import type { ClusterContactInput, RfmPoint } from './clusters.types';

export const MIN_CLUSTERS = 2;
export const MAX_CLUSTERS = 12;
/** The seeded generator behind ml-kmeans keeps 32 bits, so larger seeds would repeat smaller ones. */
const MAX_SEED = 2 ** 32 - 1;

/** Refuses a bad k, seed, or contact before anything is computed; `too few points` is checked later, on features. */
export function validateClusterInput({ contacts, k, seed }: {
  contacts: readonly ClusterContactInput[];
  k: number;
  seed: number;
}): void {
  if (!Number.isInteger(k) || k < MIN_CLUSTERS || k > MAX_CLUSTERS) {
    throw invalid(`k must be an integer from ${MIN_CLUSTERS} to ${MAX_CLUSTERS}, not ${String(k)}`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw invalid(`seed must be an integer from 0 to ${MAX_SEED}, not ${String(seed)}`);
  }
  if (!Array.isArray(contacts)) throw invalid('contacts must be an array');
  const seen = new Set<string>();
  contacts.forEach((contact, i) => {
    if (typeof contact.contactId !== 'string' || contact.contactId === '') {
      throw invalid(`contacts[${i}].contactId must be a non-empty string`);
    }
    if (seen.has(contact.contactId)) throw invalid(`contacts[${i}].contactId "${contact.contactId}" appears twice`);
    seen.add(contact.contactId);
    validateRfmPoint(contact, `contacts[${i}].`);
  });
}

/** Recency and frequency are counts (≥ 0, so ln(1 + frequency) exists); monetary may be negative (net refunds). */
export function validateRfmPoint(point: RfmPoint, fieldPrefix = ''): void {
  for (const field of ['recencyDays', 'frequency'] as const) {
    if (!Number.isFinite(point[field]) || point[field] < 0) {
      throw invalid(`${fieldPrefix}${field} must be a finite number ≥ 0, not ${String(point[field])}`);
    }
  }
  if (!Number.isFinite(point.monetary)) {
    throw invalid(`${fieldPrefix}monetary must be a finite number, not ${String(point.monetary)}`);
  }
}

function invalid(message: string): ClusterError {
  return new ClusterError('cluster_input_invalid', message);
}
