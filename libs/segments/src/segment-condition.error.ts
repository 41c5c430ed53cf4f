import { DomainError } from '@cascade/errors';

export type SegmentConditionErrorCode = 'condition_invalid' | 'condition_too_deep' | 'compile_options_invalid';

/** A segment condition (or how it was asked to be compiled) that is refused before any SQL is built. */
export class SegmentConditionError extends DomainError<SegmentConditionErrorCode> {
  constructor(code: SegmentConditionErrorCode, message: string) {
    super('invalid', code, message, code === 'compile_options_invalid' ? [] : [{ path: 'condition', code, message }]);
    this.name = 'SegmentConditionError';
  }
}
