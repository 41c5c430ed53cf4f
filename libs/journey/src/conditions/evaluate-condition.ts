import type { ContactEvent, ContactMessage, ContactSnapshot } from '../contact/contact.types';
import { statusesSatisfying } from '../runtime/messages';
import { toNumber } from './comparable-value';
import { compareNumbers, compareValues } from './compare-values';
import type { AggregateFn, Condition, EventCondition, MessageCondition, TimeWindow } from './condition.types';
import { timeWindowBounds } from './time-window';

export interface ConditionContext {
  /** What `attribute` reads: contactSubject(contact), or an event's properties. */
  subject: Record<string, unknown>;
  /** The contact's events known to the caller, for event conditions. */
  events: readonly ContactEvent[];
  /** Ids of the segments the contact is in. */
  segments: ReadonlySet<string>;
  /** The contact's messages, for message conditions; journeys do not load them (segments only). */
  messages?: readonly ContactMessage[];
  now: string;
}

export function evaluateCondition(condition: Condition, context: ConditionContext): boolean {
  if ('all' in condition) return condition.all.every((part) => evaluateCondition(part, context));
  if ('any' in condition) return condition.any.some((part) => evaluateCondition(part, context));
  if ('not' in condition) return !evaluateCondition(condition.not, context);
  if ('inSegment' in condition) return context.segments.has(condition.inSegment);
  if ('event' in condition) return matchesEventCondition(condition, context);
  if ('message' in condition) return matchesMessageCondition(condition, context);
  return compareValues(readPath(context.subject, condition.attribute), condition.op, condition.value);
}

/** A contact as the subject of conditions: its attributes, with its own fields on top. */
export function contactSubject(contact: ContactSnapshot): Record<string, unknown> {
  const { attributes, ...fields } = contact;
  return { ...attributes, ...fields };
}

function matchesEventCondition(condition: EventCondition, context: ConditionContext): boolean {
  const inWindow = windowTest(condition, context.now);
  const matching = context.events.filter((event) =>
    event.name === condition.event && inWindow(event.occurredAt)
    && (!condition.where || evaluateCondition(condition.where, { ...context, subject: event.properties ?? {} })));
  const count = condition.count ?? { op: 'gte', value: 1 };
  if (!compareNumbers(matching.length, count.op, count.value)) return false;
  if (!condition.aggregate) return true;
  const { fn, property, op, value } = condition.aggregate;
  const numbers = matching.map((event) => toNumber(readPath(event.properties ?? {}, property))).filter((n): n is number => n !== null);
  return numbers.length > 0 && compareNumbers(aggregate(fn, numbers), op, value);
}

function matchesMessageCondition({ message }: MessageCondition, context: ConditionContext): boolean {
  if (!context.messages) throw new Error('a message condition needs the contact\'s messages: it is for segments only');
  const inWindow = windowTest(message, context.now);
  const statuses: readonly string[] | null = message.status ? statusesSatisfying(message.status) : null;
  const matching = context.messages.filter((sent) =>
    sent.sentAt !== null && inWindow(sent.sentAt)
    && (!message.channel || sent.channel === message.channel)
    && (!statuses || statuses.includes(sent.status)));
  const count = message.count ?? { op: 'gte', value: 1 };
  return compareNumbers(matching.length, count.op, count.value);
}

function windowTest(window: TimeWindow, now: string): (at: string) => boolean {
  const { from, to } = timeWindowBounds(window, now);
  return (at) => {
    const ms = Date.parse(at);
    return ms >= from && ms <= to;
  };
}

function aggregate(fn: AggregateFn, numbers: number[]): number {
  switch (fn) {
    case 'avg': return numbers.reduce((sum, n) => sum + n, 0) / numbers.length;
    case 'sum': return numbers.reduce((sum, n) => sum + n, 0);
    case 'min': return Math.min(...numbers);
    case 'max': return Math.max(...numbers);
  }
}

function readPath(subject: Record<string, unknown>, path: string): unknown {
  let value: unknown = subject;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
