import type { ContactEvent, ContactSnapshot } from '../contact/contact.types';
import { parseDuration } from '../time/duration';
import type { ComparisonOp, Condition, CountOp, EventCondition } from './condition.types';

export interface ConditionContext {
  /** What `attribute` reads: contactSubject(contact), or an event's properties. */
  subject: Record<string, unknown>;
  /** The contact's events known to the caller, for event conditions. */
  events: readonly ContactEvent[];
  /** Ids of the segments the contact is in. */
  segments: ReadonlySet<string>;
  now: string;
}

export function evaluateCondition(condition: Condition, context: ConditionContext): boolean {
  if ('all' in condition) return condition.all.every((part) => evaluateCondition(part, context));
  if ('any' in condition) return condition.any.some((part) => evaluateCondition(part, context));
  if ('not' in condition) return !evaluateCondition(condition.not, context);
  if ('inSegment' in condition) return context.segments.has(condition.inSegment);
  if ('event' in condition) return matchesEventCondition(condition, context);
  return compare(readPath(context.subject, condition.attribute), condition.op, condition.value);
}

/** A contact as the subject of conditions: its attributes, with its own fields on top. */
export function contactSubject(contact: ContactSnapshot): Record<string, unknown> {
  const { attributes, ...fields } = contact;
  return { ...attributes, ...fields };
}

function matchesEventCondition(condition: EventCondition, context: ConditionContext): boolean {
  const now = Date.parse(context.now);
  const window = condition.within ? parseDuration(condition.within)?.toMillis() ?? 0 : Infinity;
  const matching = context.events.filter((event) => {
    const at = Date.parse(event.occurredAt);
    if (event.name !== condition.event || at > now || now - at > window) return false;
    return !condition.where || evaluateCondition(condition.where, { ...context, subject: event.properties ?? {} });
  });
  const count = condition.count ?? { op: 'gte', value: 1 };
  return compareNumbers(matching.length, count.op, count.value);
}

function readPath(subject: Record<string, unknown>, path: string): unknown {
  let value: unknown = subject;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function compare(actual: unknown, op: ComparisonOp, expected: unknown): boolean {
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
      const order = ordering(actual, expected);
      return order !== null && compareNumbers(order, op, 0);
    }
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

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** Sign of actual − expected for numbers, numeric strings and ISO dates; null when not comparable. */
function ordering(actual: unknown, expected: unknown): number | null {
  const a = toComparable(actual);
  const b = toComparable(expected);
  if (a === null || b === null || typeof a !== typeof b) return null;
  return Math.sign((a as number) - (b as number));
}

function toComparable(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))) return Date.parse(value);
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

function compareNumbers(actual: number, op: CountOp | Exclude<ComparisonOp, 'exists'>, expected: number): boolean {
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
