/** A workspace's analytics settings or a segment definition refused, with the field at fault. */
export class SegmentSettingsError extends Error {
  constructor(readonly code: 'analytics_settings_invalid' | 'segment_definition_invalid', readonly details: { path: string; message: string }[]) {
    super(details.map((detail) => (detail.path ? `${detail.path} ${detail.message}` : detail.message)).join('; '));
    this.name = 'SegmentSettingsError';
  }
}
