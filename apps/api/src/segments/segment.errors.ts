import { DomainError, notFoundMessage, type DomainErrorKind } from '@cascade/errors';

export type SegmentErrorCode =
  | 'segment_not_found' | 'segment_invalid' | 'segment_name_taken' | 'segment_in_use' | 'segment_reference_unknown' | 'segments_not_scored';

export interface SegmentErrorDetail {
  path: string;
  code: string;
  message: string;
}

const KIND: Record<SegmentErrorCode, DomainErrorKind> = {
  segment_not_found: 'not_found',
  segment_invalid: 'invalid',
  segment_name_taken: 'conflict',
  segment_in_use: 'conflict',
  segment_reference_unknown: 'unprocessable',
  segments_not_scored: 'unprocessable',
};

/** Why a segment operation was refused, by code; each code has its kind (statuses: common/domain-error-statuses.ts). */
export class SegmentError extends DomainError<SegmentErrorCode, SegmentErrorDetail> {
  override name = 'SegmentError';

  constructor(code: SegmentErrorCode, message: string, details: SegmentErrorDetail[] = [{ path: 'id', code, message }]) {
    super(KIND[code], code, message, details);
  }

  static notFound(id: string): SegmentError {
    return new SegmentError('segment_not_found', notFoundMessage('segment', id));
  }

  static invalid(details: { path: string; message: string }[]): SegmentError {
    const withCode = details.map((detail) => ({ ...detail, code: 'segment_invalid' }));
    return new SegmentError('segment_invalid', withCode.map((d) => `${d.path} ${d.message}`).join('; '), withCode);
  }

  static nameTaken(name: string): SegmentError {
    const message = `Another segment of this workspace is named "${name}".`;
    return new SegmentError('segment_name_taken', message, [{ path: 'name', code: 'segment_name_taken', message }]);
  }

  static inUse(id: string, users: string[]): SegmentError {
    return new SegmentError('segment_in_use', `Segment ${id} is used by ${users.join(', ')}; it cannot be deleted.`);
  }
}
