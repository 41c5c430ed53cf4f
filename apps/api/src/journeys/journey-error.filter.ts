import { Catch, HttpException, HttpStatus, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { HttpExceptionFilter } from '../common/http-exception.filter';
import { JourneyError, type JourneyErrorCode } from './journey.errors';

const STATUS: Record<JourneyErrorCode, HttpStatus> = {
  journey_not_found: HttpStatus.NOT_FOUND,
  journey_archived: HttpStatus.CONFLICT,
  invalid_status_transition: HttpStatus.CONFLICT,
  journey_invalid: HttpStatus.UNPROCESSABLE_ENTITY,
};

/** The HTTP edge of the journey domain: a code becomes a status, the body keeps the common error shape. */
@Catch(JourneyError)
export class JourneyErrorFilter implements ExceptionFilter {
  private readonly common = new HttpExceptionFilter();

  catch(error: JourneyError, host: ArgumentsHost): void {
    this.common.catch(new HttpException({ message: error.message, details: error.details }, STATUS[error.code]), host);
  }
}
