import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import type { ErrorDetail } from './validation.pipe';

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: ErrorDetail[];
}

/** Every error leaves the API in one shape (DESIGN.md §8). Unexpected ones are logged, not leaked. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = exception instanceof HttpException ? fromHttpException(exception) : this.unexpected(exception);
    response.status(body.statusCode).json(body);
  }

  private unexpected(exception: unknown): ErrorBody {
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return { statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' };
  }
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
