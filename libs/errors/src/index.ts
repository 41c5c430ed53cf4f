export { DomainError, type DomainErrorKind, type ErrorDetail } from './domain-error';
export { notFound, notFoundMessage } from './not-found';
