export type SegmentConditionErrorCode = 'condition_invalid' | 'condition_too_deep' | 'compile_options_invalid';

/** A segment condition (or how it was asked to be compiled) that is refused before any SQL is built. */
export class SegmentConditionError extends Error {
  constructor(readonly code: SegmentConditionErrorCode, message: string) {
    super(message);
    this.name = 'SegmentConditionError';
  }
}
