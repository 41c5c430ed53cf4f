import { DomainError, type DomainErrorKind, type ErrorDetail } from '@cascade/errors';
import type { EnrollResult } from '@cascade/engine';

export type EnrollmentErrorCode = 'journey_not_api_triggered' | 'not_enrolled' | 'enrollment_ended' | 'idempotency_key_invalid';

const KIND: Record<EnrollmentErrorCode, DomainErrorKind> = {
  journey_not_api_triggered: 'conflict',
  not_enrolled: 'conflict',
  enrollment_ended: 'conflict',
  idempotency_key_invalid: 'invalid',
};

type Skipped = Extract<EnrollResult, { enrollmentId: null }>['skipped'];

/** Why an enrollment operation was refused, by code; each code has its kind (statuses: common/domain-error-statuses.ts). */
export class EnrollmentError extends DomainError<EnrollmentErrorCode> {
  override name = 'EnrollmentError';

  constructor(code: EnrollmentErrorCode, message: string, details: ErrorDetail[]) {
    super(KIND[code], code, message, details);
  }

  static notApiTriggered(): EnrollmentError {
    const message = 'this journey is not started by API calls (its trigger is not "api")';
    return new EnrollmentError('journey_not_api_triggered', message, [{ path: 'id', code: 'journey_not_api_triggered', message }]);
  }

  /** The journey's entry rules turned the contact away; the detail's code is the reason (`already_active`, `cooldown`, …). */
  static notEnrolled(reason: Skipped): EnrollmentError {
    const message = `not enrolled: ${reason}`;
    return new EnrollmentError('not_enrolled', message, [{ path: 'contact', code: reason, message }]);
  }

  static ended(id: string, status: string): EnrollmentError {
    const message = `enrollment ${id} has already ended (${status})`;
    return new EnrollmentError('enrollment_ended', message, [{ path: 'id', code: 'enrollment_ended', message }]);
  }

  /** The detail keeps the code `invalid` that clients have always been given for this header. */
  static badIdempotencyKey(): EnrollmentError {
    const message = 'Idempotency-Key must be 1 to 255 printable ASCII characters';
    return new EnrollmentError('idempotency_key_invalid', message, [{ path: 'Idempotency-Key', code: 'invalid', message }]);
  }
}
