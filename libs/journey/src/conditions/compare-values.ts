import { toComparable } from './comparable-value';
import type { ComparisonOp, CountOp } from './condition.types';

/** `actual op expected` as the condition language defines it (condition.types.ts). */
export function compareValues(actual: unknown, op: ComparisonOp, expected: unknown): boolean {
  switch (op) {
    case 'exists': return actual !== undefined && actual !== null;
    case 'not_exists': return actual === undefined || actual === null;
    case 'eq': return equals(actual, expected);
    case 'neq': return !equals(actual, expected);
    case 'in': return Array.isArray(expected) && expected.some((item) => equals(actual, item));
    case 'not_in': return Array.isArray(expected) && !expected.some((item) => equals(actual, item));
    case 'contains': return contains(actual, expected);
    case 'not_contains': return !contains(actual, expected);
    case 'starts_with': return typeof actual === 'string' && typeof expected === 'string' && actual.startsWith(expected);
    default: {
      const a = toComparable(actual);
      const b = toComparable(expected);
      return a !== null && b !== null && compareNumbers(a, op, b);
    }
  }
}

export function compareNumbers(actual: number, op: CountOp, expected: number): boolean {
  switch (op) {
    case 'eq': return actual === expected;
    case 'neq': return actual !== expected;
    case 'gt': return actual > expected;
    case 'gte': return actual >= expected;
    case 'lt': return actual < expected;
    case 'lte': return actual <= expected;
    default: return false;
  }
}

function equals(actual: unknown, expected: unknown): boolean {
  if (typeof actual === 'string' && typeof expected === 'string') return actual.toLowerCase() === expected.toLowerCase();
  return actual === expected;
}

function contains(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(actual)) return actual.some((item) => equals(item, expected));
  return typeof actual === 'string' && typeof expected === 'string' && actual.toLowerCase().includes(expected.toLowerCase());
}
