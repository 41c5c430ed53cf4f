import { DomainError, type DomainErrorKind, type ErrorDetail } from '@cascade/errors';

export type AnalyticsSettingsErrorCode = 'analytics_settings_invalid' | 'analytics_settings_break_segments';

const KIND: Record<AnalyticsSettingsErrorCode, DomainErrorKind> = {
  analytics_settings_invalid: 'invalid',
  analytics_settings_break_segments: 'unprocessable',
};

/** Why new analytics settings were refused; each code has its kind (statuses: common/domain-error-statuses.ts). */
export class AnalyticsSettingsError extends DomainError<AnalyticsSettingsErrorCode> {
  override name = 'AnalyticsSettingsError';

  constructor(code: AnalyticsSettingsErrorCode, message: string, details: ErrorDetail[] = []) {
    super(KIND[code], code, message, details);
  }

  /** The settings do not hold together; each detail names the field. */
  static invalid(details: { path: string; message: string }[]): AnalyticsSettingsError {
    const code = 'analytics_settings_invalid';
    const withCode = details.map(({ path, message }) => ({ path, code, message }));
    return new AnalyticsSettingsError(code, `Invalid analytics settings: ${withCode.map((d) => (d.path ? `${d.path} ${d.message}` : d.message)).join('; ')}`, withCode);
  }

  /** The settings are fine on their own, but RFM segments would no longer make sense under them. */
  static breaksSegments(details: ErrorDetail[]): AnalyticsSettingsError {
    return new AnalyticsSettingsError('analytics_settings_break_segments',
      `These analytics settings would invalidate RFM segments: ${details.map((detail) => detail.message).join('; ')}. Change or delete the segments first.`, details);
  }
}
