import { SegmentSettingsError, validateSegmentDefinition, type AnalyticsSettings } from '@cascade/segments';
import type { ErrorDetail } from '../common/validation.pipe';

export interface StoredRfmSegment {
  id: string;
  name: string;
  definition: unknown;
}

/**
 * The RFM segments valid under the current settings that the next ones would make invalid: a code
 * outside the new levels, a cell name the new mapping lacks. One detail per segment, on the setting
 * at fault. A segment that was invalid already does not block the change.
 */
export function rfmSegmentsBroken({ segments, current, next }: {
  segments: readonly StoredRfmSegment[];
  current: AnalyticsSettings;
  next: AnalyticsSettings;
}): ErrorDetail[] {
  return segments.flatMap((segment) => {
    if (refusal(segment, current)) return [];
    const problem = refusal(segment, next);
    if (!problem) return [];
    const path = problem.path.startsWith('cells') ? 'rfm.cells' : 'rfm.levels';
    return [{ path, code: 'analytics_settings_break_segments', message: `segment "${segment.name}" (${segment.id}): ${problem.path} ${problem.message}` }];
  });
}

function refusal(segment: StoredRfmSegment, settings: AnalyticsSettings): { path: string; message: string } | null {
  try {
    validateSegmentDefinition({ ...(segment.definition as object), kind: 'rfm' }, settings);
    return null;
  } catch (error) {
    if (error instanceof SegmentSettingsError) return error.details[0];
    throw error;
  }
}
