import { HttpStatus } from '@nestjs/common';
import type { AnalyticsErrorCode } from '@cascade/engine';
import type { JourneyErrorCode } from '../journeys/journey.errors';
import type { SegmentErrorCode } from '../segments/segment.errors';
import type { TemplateErrorCode } from '../templates/template.errors';
import type { AnalyticsSettingsErrorCode } from '../settings/analytics-settings.errors';

/** Every domain error code and the HTTP status it is answered with. */
export const DOMAIN_ERROR_STATUS: Record<JourneyErrorCode | TemplateErrorCode | SegmentErrorCode | AnalyticsErrorCode | AnalyticsSettingsErrorCode, HttpStatus> = {
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
  segment_not_found: HttpStatus.NOT_FOUND,
  segment_invalid: HttpStatus.BAD_REQUEST,
  segment_name_taken: HttpStatus.CONFLICT,
  segment_in_use: HttpStatus.CONFLICT,
  segment_reference_unknown: HttpStatus.UNPROCESSABLE_ENTITY,
  segments_not_scored: HttpStatus.UNPROCESSABLE_ENTITY,
  analytics_period_invalid: HttpStatus.BAD_REQUEST,
  analytics_timezone_invalid: HttpStatus.BAD_REQUEST,
  analytics_setting_invalid: HttpStatus.BAD_REQUEST,
  analytics_settings_invalid: HttpStatus.BAD_REQUEST,
  analytics_settings_break_segments: HttpStatus.UNPROCESSABLE_ENTITY,
};
