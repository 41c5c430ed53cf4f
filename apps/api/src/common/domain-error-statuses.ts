import { HttpStatus } from '@nestjs/common';
import type { JourneyErrorCode } from '../journeys/journey.errors';
import type { TemplateErrorCode } from '../templates/template.errors';

/** Every domain error code and the HTTP status it is answered with. */
export const DOMAIN_ERROR_STATUS: Record<JourneyErrorCode | TemplateErrorCode, HttpStatus> = {
  journey_not_found: HttpStatus.NOT_FOUND,
  journey_archived: HttpStatus.CONFLICT,
  invalid_status_transition: HttpStatus.CONFLICT,
  journey_invalid: HttpStatus.UNPROCESSABLE_ENTITY,
  template_not_found: HttpStatus.NOT_FOUND,
  contact_not_found: HttpStatus.NOT_FOUND,
  template_syntax: HttpStatus.BAD_REQUEST,
  unknown_channel: HttpStatus.BAD_REQUEST,
  template_name_taken: HttpStatus.CONFLICT,
  template_in_use: HttpStatus.CONFLICT,
  template_render_failed: HttpStatus.UNPROCESSABLE_ENTITY,
  template_breaks_journeys: HttpStatus.UNPROCESSABLE_ENTITY,
};
