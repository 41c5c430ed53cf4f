import { AnalyticsError, type AnalyticsErrorCode } from '@cascade/engine';
import { DomainError } from '../common/domain-error';
import type { ErrorDetail } from '../common/validation.pipe';

/** A report request refused by the engine (bad period, time zone or purchase setting), by code. */
export class AnalyticsRequestError extends DomainError<AnalyticsErrorCode> {
  override name = 'AnalyticsRequestError';

  static of(error: AnalyticsError): AnalyticsRequestError {
    const detail: ErrorDetail = { path: error.field, code: error.code, message: error.message };
    return new AnalyticsRequestError(error.code, error.message, [detail]);
  }
}

/** Runs a report; the engine's refusals become domain errors, so the one filter answers them with 400. */
export async function refusingBadInput<T>(report: () => Promise<T>): Promise<T> {
  try {
    return await report();
  } catch (error) {
    throw error instanceof AnalyticsError ? AnalyticsRequestError.of(error) : error;
  }
}
