import { DomainError, type ErrorDetail } from '@cascade/errors';

export type SegmentSettingsErrorCode = 'analytics_settings_invalid' | 'segment_definition_invalid';

/** A workspace's analytics settings or a segment definition refused, with the field at fault. */
export class SegmentSettingsError extends DomainError<SegmentSettingsErrorCode> {
  constructor(code: SegmentSettingsErrorCode, details: { path: string; message: string }[]) {
    const withCode: ErrorDetail[] = details.map(({ path, message }) => ({ path, code, message }));
    super('invalid', code, details.map((detail) => (detail.path ? `${detail.path} ${detail.message}` : detail.message)).join('; '), withCode);
    this.name = 'SegmentSettingsError';
  }
}
