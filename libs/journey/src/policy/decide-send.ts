import { validZone } from '../time/local-time';
import { capReason, reachedCaps } from './frequency-cap';
import type { MessagingRules, RecentSend, SendDecision } from './messaging-rules.types';
import { quietHoursEnd } from './quiet-hours';

export interface SendPolicyInput {
  rules: MessagingRules;
  channel: string;
  transactional: boolean;
  /** What the node wants done with a capped message; quiet hours always defer. */
  onCap: 'skip' | 'defer';
  /** The contact's IANA zone; unknown or absent counts as UTC. */
  timezone?: string | null;
  now: string;
  /** The contact's non-transactional sends, at least as far back as `capLookback`. */
  recentSends: RecentSend[];
}

/**
 * Whether one message may go out now under the workspace's rules. Quiet hours are checked first
 * and only defer, so a message is never dropped for the hour it was due; a deferred message is
 * decided again when it wakes, so a cap or a later rule change still applies then.
 */
export function decideSend(input: SendPolicyInput): SendDecision {
  if (input.transactional) return { status: 'allowed' };
  const zone = validZone(input.timezone ?? undefined);
  const { quietHours, caps } = input.rules;
  if (quietHours) {
    const until = quietHoursEnd({ quietHours, zone, now: input.now });
    if (until) return { status: 'deferred', until, reason: `quiet hours ${quietHours.start}–${quietHours.end} (${zone})` };
  }
  const reached = reachedCaps({ caps, channel: input.channel, recentSends: input.recentSends, now: input.now, zone });
  if (reached.length === 0) return { status: 'allowed' };
  // The cap that holds the message longest decides: it is the one still full after the others free up.
  const binding = reached.reduce((a, b) => (Date.parse(b.freesAt) > Date.parse(a.freesAt) ? b : a));
  const reason = capReason(binding.cap);
  return input.onCap === 'skip' ? { status: 'skipped', reason } : { status: 'deferred', until: binding.freesAt, reason };
}
