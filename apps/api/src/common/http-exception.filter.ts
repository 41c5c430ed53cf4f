import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { ServiceError } from '@temporalio/client';
import type { Response } from 'express';
import { DomainError } from '@cascade/errors';
import { DOMAIN_ERROR_STATUS } from './domain-error-statuses';
import type { ErrorDetail } from './validation.pipe';

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: ErrorDetail[];
}

/** Every error leaves the API in one shape (docs/api.md#errors), from this one filter. Unexpected ones are logged, not leaked. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = exception instanceof DomainError ? fromDomainError(exception)
      : exception instanceof HttpException ? fromHttpException(exception) : this.unexpected(exception);
    response.status(body.statusCode).json(body);
  }

  private unexpected(exception: unknown): ErrorBody {
    const known = POSTGRES_ERRORS[(exception as { code?: string }).code ?? ''];
    if (known) return known;
    if (exception instanceof ServiceError) {
      this.logger.warn(`Temporal call failed: ${exception.message}`);
      return { statusCode: 503, error: 'Service Unavailable', message: 'Temporal is unavailable; try again shortly' };
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return { statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' };
  }
}

/** Database refusals that are the request's fault, or passing, answered as such rather than as a 500. */
const POSTGRES_ERRORS: Record<string, ErrorBody> = {
  '22P05': { statusCode: 400, error: 'Bad Request', message: 'Text must not contain the NUL character (\\u0000)' },
  '22021': { statusCode: 400, error: 'Bad Request', message: 'Text must not contain the NUL character (\\u0000)' },
  // A number from the request past what its column or parameter holds (bigint, integer); DTOs bound the ones they know.
  '22003': { statusCode: 400, error: 'Bad Request', message: 'A number in the request is out of range' },
  '23503': { statusCode: 409, error: 'Conflict', message: 'A resource this request refers to was deleted meanwhile' },
  '40P01': { statusCode: 503, error: 'Service Unavailable', message: 'A concurrent request got in the way; try again' },
};

/** A refusal of the domain (ours or a library's): its kind decides the status, the body keeps its message and details. */
function fromDomainError(error: DomainError): ErrorBody {
  const statusCode = DOMAIN_ERROR_STATUS[error.kind];
  return { statusCode, error: statusText(statusCode), message: error.message, details: error.details };
}

function fromHttpException(exception: HttpException): ErrorBody {
  const statusCode = exception.getStatus();
  const response = exception.getResponse();
  const payload = typeof response === 'string' ? { message: response } : (response as Record<string, unknown>);
  const message = Array.isArray(payload.message) ? payload.message.join('; ') : String(payload.message ?? exception.message);
  const body: ErrorBody = { statusCode, error: statusText(statusCode), message };
  if (Array.isArray(payload.details)) body.details = payload.details as ErrorDetail[];
  return body;
}

function statusText(status: number): string {
  const name = HttpStatus[status];
  if (!name) return 'Error';
  return name
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}
