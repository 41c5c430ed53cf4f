import { EnrollmentError } from './enrollment.errors';

/** Printable ASCII, as in the IETF Idempotency-Key header draft; long enough for a UUID or a client's own scheme. */
const KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * The trigger key of an API enrollment: the client's `Idempotency-Key`, remembered for good per journey
 * and contact (a retry with it answers the enrollment the first call made), or one of its own per call.
 */
export function apiTriggerKey(header: string | undefined, newKey: () => string): string {
  if (header === undefined) return `api:${newKey()}`;
  if (!KEY.test(header)) throw EnrollmentError.badIdempotencyKey();
  return `api:key:${header}`;
}
