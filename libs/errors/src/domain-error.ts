/** Where in the input a refusal points (`events[1].contactId`, `id`, `rfm.levels`), with its own code and message. */
export interface ErrorDetail {
  path: string;
  code: string;
  message: string;
}

/**
 * What sort of refusal an error is: the one thing an adapter needs to answer it (the API maps each kind
 * to one HTTP status in apps/api/src/common/domain-error-statuses.ts).
 *
 * - `invalid`: the input is malformed or out of range;
 * - `unauthorized`: the caller could not be told apart from an impostor (e.g. a bad webhook signature);
 * - `not_found`: what the input names does not exist (or belongs to another workspace);
 * - `conflict`: the current state forbids it (archived, name taken, in use, already ended);
 * - `unprocessable`: well-formed, but it breaks a rule involving other data (a journey that does not validate);
 * - `unavailable`: a service it needs is down; the same request may succeed later.
 */
export type DomainErrorKind = 'invalid' | 'unauthorized' | 'not_found' | 'conflict' | 'unprocessable' | 'unavailable';

/**
 * A refusal by domain logic. It carries a kind and a machine-readable code, never an HTTP status, so
 * libraries throw it without knowing who called them. `details` point at the input at fault.
 */
export class DomainError<Code extends string = string, Detail extends ErrorDetail = ErrorDetail> extends Error {
  override name = 'DomainError';

  constructor(
    readonly kind: DomainErrorKind,
    readonly code: Code,
    message: string,
    readonly details: Detail[] = [],
  ) {
    super(message);
  }
}
