import { DomainError } from '@cascade/errors';

export type AnalyticsErrorCode = 'analytics_period_invalid' | 'analytics_timezone_invalid' | 'analytics_setting_invalid';

/** A report request refused before any query runs; `field` names the input at fault (the detail's path). */
export class AnalyticsError extends DomainError<AnalyticsErrorCode> {
  constructor(code: AnalyticsErrorCode, readonly field: string, message: string) {
    super('invalid', code, message, [{ path: field, code, message }]);
    this.name = 'AnalyticsError';
  }
}
