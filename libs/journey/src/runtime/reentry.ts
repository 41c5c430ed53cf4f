import type { JourneySettings } from '../graph/graph.types';
import { addDuration } from '../time/duration';

export interface PastEnrollment {
  status: string;
  endedAt: string | null;
}

export type EntryDecision = { enter: true } | { enter: false; reason: 'already_active' | 'never_reenter' | 'cooldown' };

/**
 * Whether a trigger match may enroll the contact again. There is never more than one active
 * enrollment; `never` allows one ever; `after_exit` (the default) and `always` allow a new one once
 * the last has ended, after the cooldown when one is set.
 */
export function entryDecision(settings: JourneySettings | undefined, past: PastEnrollment[], now: string): EntryDecision {
  if (past.some((enrollment) => enrollment.status === 'active')) return { enter: false, reason: 'already_active' };
  if (past.length === 0) return { enter: true };
  const reentry = settings?.reentry ?? { mode: 'after_exit' };
  if (reentry.mode === 'never') return { enter: false, reason: 'never_reenter' };
  const lastEnded = past.map((enrollment) => enrollment.endedAt).filter((at): at is string => !!at).sort().pop();
  if (reentry.cooldown && lastEnded && Date.parse(addDuration(lastEnded, reentry.cooldown)) > Date.parse(now)) {
    return { enter: false, reason: 'cooldown' };
  }
  return { enter: true };
}
