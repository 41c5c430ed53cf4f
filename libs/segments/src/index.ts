export { compileCondition, type CompileConditionOptions, type CompiledCondition } from './compile-condition';
export { validateSegmentCondition } from './validate-segment-condition';
export { SegmentConditionError, type SegmentConditionErrorCode } from './segment-condition.error';
