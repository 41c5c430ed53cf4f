import { Catch, HttpException, HttpStatus, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { HttpExceptionFilter } from '../common/http-exception.filter';
import { TemplateError, type TemplateErrorCode } from './template.errors';

const STATUS: Record<TemplateErrorCode, HttpStatus> = {
  template_not_found: HttpStatus.NOT_FOUND,
  contact_not_found: HttpStatus.NOT_FOUND,
  template_syntax: HttpStatus.BAD_REQUEST,
  unknown_channel: HttpStatus.BAD_REQUEST,
  template_name_taken: HttpStatus.CONFLICT,
  template_in_use: HttpStatus.CONFLICT,
  template_render_failed: HttpStatus.UNPROCESSABLE_ENTITY,
};

/** The HTTP edge of templates: a code becomes a status, the body keeps the common error shape. */
@Catch(TemplateError)
export class TemplateErrorFilter implements ExceptionFilter {
  private readonly common = new HttpExceptionFilter();

  catch(error: TemplateError, host: ArgumentsHost): void {
    this.common.catch(new HttpException({ message: error.message, details: error.details }, STATUS[error.code]), host);
  }
}
