import { DomainError } from '../common/domain-error';
import type { ErrorDetail } from '../common/validation.pipe';

export type AnalyticsSettingsErrorCode = 'analytics_settings_invalid' | 'analytics_settings_break_segments';

/** Why new analytics settings were refused (statuses: common/domain-error-statuses.ts). */
export class AnalyticsSettingsError extends DomainError<AnalyticsSettingsErrorCode> {
  override name = 'AnalyticsSettingsError';

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
