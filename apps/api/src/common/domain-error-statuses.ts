import { HttpStatus } from '@nestjs/common';
import type { DomainErrorKind } from '@cascade/errors';

/**
 * The HTTP status of every kind of domain error: the one place a refusal becomes a status. A module's
 * error class picks the kind of each of its codes (e.g. journey.errors.ts); libraries do the same.
 */
export const DOMAIN_ERROR_STATUS: Record<DomainErrorKind, HttpStatus> = {
  invalid: HttpStatus.BAD_REQUEST,
  unauthorized: HttpStatus.UNAUTHORIZED,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  unprocessable: HttpStatus.UNPROCESSABLE_ENTITY,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
};
