export type AnalyticsErrorCode = 'analytics_period_invalid' | 'analytics_timezone_invalid' | 'analytics_setting_invalid';

/** A report request refused before any query runs; `field` names the input at fault (for API error details). */
export class AnalyticsError extends Error {
  constructor(readonly code: AnalyticsErrorCode, readonly field: string, message: string) {
    super(message);
    this.name = 'AnalyticsError';
  }
}
