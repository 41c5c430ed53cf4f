import { decideSend, type SendPolicyInput } from './decide-send';
import type { MessagingRules } from './messaging-rules.types';

const weekly: MessagingRules = { caps: [{ max: 3, window: 'P7D' }] };
const decide = (input: Partial<SendPolicyInput>) =>
  decideSend({ rules: weekly, channel: 'email', transactional: false, onCap: 'skip', timezone: 'Europe/Moscow', now: '2026-03-10T12:00:00.000Z', recentSends: [], ...input });

/** Three marketing messages this week: Tuesday, Thursday, Saturday. */
const threeThisWeek = [
  { channel: 'email', sentAt: '2026-03-04T12:00:00.000Z' },
  { channel: 'sms', sentAt: '2026-03-06T12:00:00.000Z' },
  { channel: 'email', sentAt: '2026-03-08T12:00:00.000Z' },
];

describe('decideSend: frequency caps', () => {
  it('allows the third marketing message of the week and skips the fourth, saying why', () => {
    expect(decide({ recentSends: threeThisWeek.slice(1) })).toEqual({ status: 'allowed' });
    expect(decide({ recentSends: threeThisWeek })).toEqual({ status: 'skipped', reason: 'frequency cap: 3 messages per P7D' });
  });

  it('defers the fourth, when the node says so, until the oldest counted send leaves the window; then it goes', () => {
    const deferred = decide({ recentSends: threeThisWeek, onCap: 'defer' });
    expect(deferred).toEqual({ status: 'deferred', until: '2026-03-11T12:00:00.000Z', reason: 'frequency cap: 3 messages per P7D' });
    expect(decide({ recentSends: threeThisWeek, onCap: 'defer', now: '2026-03-11T11:59:59.000Z' })).toMatchObject({ status: 'deferred' });
    expect(decide({ recentSends: threeThisWeek, onCap: 'defer', now: '2026-03-11T12:00:00.000Z' })).toEqual({ status: 'allowed' });
  });

  it('does not count sends older than the window', () => {
    const old = [{ channel: 'email', sentAt: '2026-03-01T12:00:00.000Z' }, ...threeThisWeek.slice(1)];
    expect(decide({ recentSends: old })).toEqual({ status: 'allowed' });
  });

  it('counts only its own channel for a per-channel cap, every channel for an all-channel cap', () => {
    const rules: MessagingRules = { caps: [{ channel: 'email', max: 2, window: 'P7D' }, { max: 4, window: 'P7D' }] };
    expect(decide({ rules, recentSends: threeThisWeek, channel: 'email' })).toEqual({ status: 'skipped', reason: 'frequency cap: 2 email messages per P7D' });
    expect(decide({ rules, recentSends: threeThisWeek, channel: 'sms' })).toEqual({ status: 'allowed' });
    const four = [...threeThisWeek, { channel: 'push', sentAt: '2026-03-09T12:00:00.000Z' }];
    expect(decide({ rules, recentSends: four, channel: 'sms' })).toEqual({ status: 'skipped', reason: 'frequency cap: 4 messages per P7D' });
  });

  it('defers by the cap that holds the message longest when several are full', () => {
    const rules: MessagingRules = { caps: [{ max: 1, window: 'P1D' }, { max: 3, window: 'P7D' }] };
    const recentSends = [...threeThisWeek, { channel: 'email', sentAt: '2026-03-10T08:00:00.000Z' }];
    expect(decide({ rules, recentSends, onCap: 'defer' })).toEqual({ status: 'deferred', until: '2026-03-13T12:00:00.000Z', reason: 'frequency cap: 3 messages per P7D' });
  });

  it('waits for enough sends to leave when a lowered cap is over-full', () => {
    const rules: MessagingRules = { caps: [{ max: 2, window: 'P7D' }] };
    expect(decide({ rules, recentSends: threeThisWeek, onCap: 'defer' })).toMatchObject({ status: 'deferred', until: '2026-03-13T12:00:00.000Z' });
  });

  it('lets transactional messages through a full cap and quiet hours', () => {
    const rules: MessagingRules = { ...weekly, quietHours: { start: '00:00', end: '23:59' } };
    expect(decide({ rules, recentSends: threeThisWeek, transactional: true })).toEqual({ status: 'allowed' });
  });
});

describe('decideSend: quiet hours', () => {
  const nightly: MessagingRules = { caps: [], quietHours: { start: '21:00', end: '09:00' } };

  it('defers a 23:00 Moscow send to 09:00 Moscow the next morning', () => {
    // 23:00 in Moscow (UTC+3) is 20:00 UTC; 09:00 the next day is 06:00 UTC.
    expect(decide({ rules: nightly, now: '2026-03-10T20:00:00.000Z' })).toEqual({
      status: 'deferred', until: '2026-03-11T06:00:00.000Z', reason: 'quiet hours 21:00–09:00 (Europe/Moscow)',
    });
  });

  it('covers both sides of midnight in a window that wraps it, and nothing outside', () => {
    expect(decide({ rules: nightly, now: '2026-03-10T21:00:00.000Z' })).toMatchObject({ until: '2026-03-11T06:00:00.000Z' }); // 00:00
    expect(decide({ rules: nightly, now: '2026-03-11T05:59:00.000Z' })).toMatchObject({ until: '2026-03-11T06:00:00.000Z' }); // 08:59
    expect(decide({ rules: nightly, now: '2026-03-11T06:00:00.000Z' })).toEqual({ status: 'allowed' }); // 09:00
    expect(decide({ rules: nightly, now: '2026-03-11T17:59:00.000Z' })).toEqual({ status: 'allowed' }); // 20:59
    expect(decide({ rules: nightly, now: '2026-03-11T18:00:00.000Z' })).toMatchObject({ status: 'deferred' }); // 21:00
  });

  it('handles a window within one day', () => {
    const lunch: MessagingRules = { caps: [], quietHours: { start: '13:00', end: '14:00' } };
    expect(decide({ rules: lunch, now: '2026-03-10T10:30:00.000Z' })).toMatchObject({ status: 'deferred', until: '2026-03-10T11:00:00.000Z' });
    expect(decide({ rules: lunch, now: '2026-03-10T11:00:00.000Z' })).toEqual({ status: 'allowed' });
    expect(decide({ rules: lunch, now: '2026-03-10T20:00:00.000Z' })).toEqual({ status: 'allowed' });
  });

  it('ends at 09:00 local time across a DST change (New York, 8–9 March 2025)', () => {
    // 23:00 EST (UTC-5) on Saturday; clocks spring forward overnight, so 09:00 Sunday is EDT (UTC-4).
    expect(decide({ rules: nightly, timezone: 'America/New_York', now: '2025-03-09T04:00:00.000Z' })).toEqual({
      status: 'deferred', until: '2025-03-09T13:00:00.000Z', reason: 'quiet hours 21:00–09:00 (America/New_York)',
    });
  });

  it('defers even when the node would skip a capped message: quiet hours never drop one', () => {
    const rules: MessagingRules = { ...weekly, ...nightly };
    expect(decide({ rules, recentSends: threeThisWeek, onCap: 'skip', now: '2026-03-10T20:00:00.000Z' })).toMatchObject({ status: 'deferred', until: '2026-03-11T06:00:00.000Z' });
  });

  it('uses UTC for a contact without a known timezone', () => {
    expect(decide({ rules: nightly, timezone: 'Mars/Olympus', now: '2026-03-10T22:00:00.000Z' })).toEqual({
      status: 'deferred', until: '2026-03-11T09:00:00.000Z', reason: 'quiet hours 21:00–09:00 (UTC)',
    });
    expect(decide({ rules: nightly, timezone: null, now: '2026-03-10T20:00:00.000Z' })).toEqual({ status: 'allowed' });
  });
});

describe('decideSend on a virtual clock', () => {
  it('re-checks a deferred message when it wakes: a cap freeing at night waits for the morning', () => {
    const rules: MessagingRules = { caps: [{ channel: 'email', max: 1, window: 'P1D' }], quietHours: { start: '21:00', end: '09:00' } };
    const recentSends = [{ channel: 'email', sentAt: '2026-03-09T19:30:00.000Z' }]; // 22:30 Moscow (sent before the rule existed)
    let now = '2026-03-10T12:00:00.000Z';
    const wakes: string[] = [];
    for (;;) {
      const decision = decide({ rules, recentSends, onCap: 'defer', now });
      if (decision.status !== 'deferred') break;
      wakes.push(decision.reason);
      now = decision.until;
    }
    expect(wakes).toEqual(['frequency cap: 1 email message per P1D', 'quiet hours 21:00–09:00 (Europe/Moscow)']);
    expect(now).toBe('2026-03-11T06:00:00.000Z');
  });
});
