import { evaluateCondition } from '../conditions/evaluate-condition';
import type { ContactEvent } from '../contact/contact.types';
import type { JourneySettings } from '../graph/graph.types';
import { addDuration } from '../time/duration';
import type { WaitForEventCommand } from './commands';

/** True when `event` is the journey's goal event, within the goal window that opened at `enrolledAt`. */
export function isGoalEvent(settings: JourneySettings | undefined, event: ContactEvent, enrolledAt: string, zone = 'UTC'): boolean {
  const goal = settings?.goal;
  if (!goal || event.name !== goal.event) return false;
  const at = Date.parse(event.occurredAt);
  if (at < Date.parse(enrolledAt) || at > Date.parse(addDuration(enrolledAt, goal.within, zone))) return false;
  return !goal.filter || evaluateCondition(goal.filter, { subject: event.properties ?? {}, events: [], segments: new Set(), now: event.occurredAt });
}

/**
 * True when `event` is what a wait_for_event command waits for: it occurred, or reached the
 * workflow (`receivedAt`), at or after the contact entered the node.
 */
export function matchesEventWait(wait: Pick<WaitForEventCommand, 'event' | 'filter' | 'since'>, event: ContactEvent, receivedAt?: string): boolean {
  const at = Math.max(Date.parse(event.occurredAt), receivedAt ? Date.parse(receivedAt) : -Infinity);
  if (event.name !== wait.event || at < Date.parse(wait.since)) return false;
  return !wait.filter || evaluateCondition(wait.filter, { subject: event.properties ?? {}, events: [], segments: new Set(), now: event.occurredAt });
}
