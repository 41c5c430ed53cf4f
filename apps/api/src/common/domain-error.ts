import type { ErrorDetail } from './validation.pipe';

/**
 * A refusal by a module's domain logic: it carries a code, never an HTTP status (STYLE.md rule 4).
 * The one exception filter maps codes to statuses (domain-error-statuses.ts).
 */
export class DomainError<Code extends string = string, Detail extends ErrorDetail = ErrorDetail> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    readonly details: Detail[] = [],
  ) {
    super(message);
  }
}
