import type { JourneyGraph } from '../graph/graph.types';
import type { TraceEntry } from '../runtime/trace';
import { simulate } from './simulate';

const contact = { id: 'c1', email: 'anna@example.com', phone: '+79990000000', telegramChatId: '42', timezone: 'Europe/Moscow', attributes: {} };
const start = '2026-03-02T10:00:00.000Z';

const cascade: JourneyGraph = {
  nodes: [
    { id: 'start', type: 'trigger', config: { kind: 'event', event: 'cart_abandoned' } },
    { id: 'remind', type: 'cascade', config: { steps: [
      { channel: 'email', templateId: 'cart-email', waitFor: 'opened', within: 'PT24H' },
      { channel: 'sms', templateId: 'cart-sms', waitFor: 'delivered', within: 'PT6H' },
      { channel: 'telegram', templateId: 'cart-tg' },
    ] } },
    { id: 'won', type: 'exit', config: { reason: 'reached' } },
    { id: 'lost', type: 'exit', config: { reason: 'exhausted' } },
  ],
  edges: [
    { from: 'start', to: 'remind' },
    { from: 'remind', handle: 'success', to: 'won' },
    { from: 'remind', handle: 'exhausted', to: 'lost' },
  ],
};

const messagesOf = (trace: { kind: string; channel?: string; at: string; reason?: string }[]) =>
  trace.filter((entry) => entry.kind.startsWith('message_') && entry.channel).map((e) => `${e.at} ${e.kind} ${e.channel}${e.reason ? ` (${e.reason})` : ''}`);

describe('simulate: cascade', () => {
  it('stops at the email when it is opened in time', async () => {
    const result = await simulate({ graph: cascade, contact, startAt: start, deliveries: [{ channel: 'email', status: 'opened', after: 'PT3H' }] });
    expect(messagesOf(result.trace)).toEqual(['2026-03-02T10:00:00.000Z message_sent email']);
    expect(result.outcome).toMatchObject({ status: 'exited', reason: 'reached', at: '2026-03-02T13:00:00.000Z' });
  });

  it('escalates to SMS when the email is not opened within 24 hours, and stops when the SMS is delivered', async () => {
    const result = await simulate({
      graph: cascade, contact, startAt: start,
      deliveries: [{ channel: 'email', status: 'opened', after: 'PT30H' }, { channel: 'sms', status: 'delivered', after: 'PT1M' }],
    });
    expect(messagesOf(result.trace)).toEqual([
      '2026-03-02T10:00:00.000Z message_sent email',
      '2026-03-03T10:00:00.000Z message_sent sms',
    ]);
    expect(result.outcome).toMatchObject({ reason: 'reached', at: '2026-03-03T10:01:00.000Z' });
  });

  it('escalates at once when the email bounces, not at the end of its 24-hour window', async () => {
    const result = await simulate({
      graph: cascade, contact, startAt: start,
      deliveries: [{ channel: 'email', status: 'bounced', after: 'PT2M' }, { channel: 'sms', status: 'delivered', after: 'PT1M' }],
    });
    expect(messagesOf(result.trace)).toEqual([
      '2026-03-02T10:00:00.000Z message_sent email',
      '2026-03-02T10:02:00.000Z message_sent sms',
    ]);
    expect(result.outcome).toMatchObject({ reason: 'reached', at: '2026-03-02T10:03:00.000Z' });
  });

  it('skips channels the contact cannot be reached on, saying why, and ends exhausted', async () => {
    const result = await simulate({ graph: cascade, contact: { ...contact, phone: null, subscriptions: { telegram: false } }, startAt: start });
    expect(messagesOf(result.trace)).toEqual([
      '2026-03-02T10:00:00.000Z message_sent email',
      '2026-03-03T10:00:00.000Z message_skipped sms (no sms address)',
      '2026-03-03T10:00:00.000Z message_skipped telegram (unsubscribed from telegram)',
    ]);
    expect(result.outcome).toMatchObject({ status: 'exited', reason: 'exhausted' });
  });

  it('gives every message a deterministic id', async () => {
    const run = () => simulate({ graph: cascade, contact, startAt: start, enrollmentId: 'e-9' });
    const [first, second] = await Promise.all([run(), run()]);
    expect(first.messages.map((m) => m.messageId)).toEqual(['e-9:remind:0:0', 'e-9:remind:1:0', 'e-9:remind:2:0']);
    expect(second.messages).toEqual(first.messages);
  });
});

describe('simulate: waits and events', () => {
  const waitForPurchase = (extra: Partial<JourneyGraph> = {}): JourneyGraph => ({
    nodes: [
      { id: 'start', type: 'trigger', config: { kind: 'api' } },
      { id: 'pause', type: 'wait', config: { duration: 'PT1H' } },
      { id: 'bought', type: 'wait_for_event', config: { event: 'purchase', timeout: 'P3D' } },
      { id: 'thanks', type: 'exit', config: { reason: 'bought' } },
      { id: 'nope', type: 'exit', config: { reason: 'timeout' } },
    ],
    edges: [
      { from: 'start', to: 'pause' }, { from: 'pause', to: 'bought' },
      { from: 'bought', handle: 'event', to: 'thanks' }, { from: 'bought', handle: 'timeout', to: 'nope' },
    ],
    ...extra,
  });

  it('takes the timeout handle when the event does not come', async () => {
    const result = await simulate({ graph: waitForPurchase(), contact, startAt: start });
    expect(result.outcome).toMatchObject({ reason: 'timeout', at: '2026-03-05T11:00:00.000Z' });
  });

  it('counts only events from the moment the contact entered the waiting node', async () => {
    // A purchase while the contact is still in `pause` does not count for `bought`; one during it does.
    const early = await simulate({ graph: waitForPurchase(), contact, startAt: start, events: [{ name: 'purchase', after: 'PT30M' }] });
    expect(early.outcome.reason).toBe('timeout');
    const during = await simulate({ graph: waitForPurchase(), contact, startAt: start, events: [{ name: 'purchase', after: 'PT2H' }] });
    expect(during.outcome).toMatchObject({ reason: 'bought', at: '2026-03-02T12:00:00.000Z' });
  });

  it('leaves at once on the goal with exitOnGoal, in the middle of a long wait', async () => {
    const graph: JourneyGraph = {
      nodes: [
        { id: 'start', type: 'trigger', config: { kind: 'api' } },
        { id: 'later', type: 'wait', config: { duration: 'P300D' } },
        { id: 'end', type: 'exit' },
      ],
      edges: [{ from: 'start', to: 'later' }, { from: 'later', to: 'end' }],
      settings: { goal: { event: 'purchase', within: 'P7D' }, exitOnGoal: true },
    };
    const result = await simulate({ graph, contact, startAt: start, events: [{ name: 'purchase', after: 'P2D' }] });
    expect(result.outcome).toEqual({ status: 'converted', reason: 'goal', nodeId: 'later', at: '2026-03-04T10:00:00.000Z' });
    expect(result.trace.map((entry) => entry.kind)).toEqual(['node_entered', 'node_exited', 'node_entered', 'converted', 'journey_exited']);
    const outside = await simulate({ graph, contact, startAt: start, events: [{ name: 'purchase', after: 'P8D' }] });
    expect(outside.outcome).toMatchObject({ status: 'exited', reason: 'exit', at: '2026-12-27T10:00:00.000Z' });
    expect(outside.trace.some((entry) => entry.kind === 'converted')).toBe(false);
  });

  it('waits until a local time in the contact timezone, across a DST change', async () => {
    const graph: JourneyGraph = {
      nodes: [
        { id: 'start', type: 'trigger', config: { kind: 'api' } },
        { id: 'morning', type: 'wait', config: { untilLocalTime: '09:00' } },
        { id: 'end', type: 'exit' },
      ],
      edges: [{ from: 'start', to: 'morning' }, { from: 'morning', to: 'end' }],
    };
    // Berlin moves to summer time on 2026-03-29 at 02:00; 09:00 local is 07:00Z after it, 08:00Z before.
    const after = await simulate({ graph, contact: { ...contact, timezone: 'Europe/Berlin' }, startAt: '2026-03-28T20:00:00.000Z' });
    expect(after.outcome.at).toBe('2026-03-29T07:00:00.000Z');
    const before = await simulate({ graph, contact: { ...contact, timezone: 'Europe/Berlin' }, startAt: '2026-03-27T20:00:00.000Z' });
    expect(before.outcome.at).toBe('2026-03-28T08:00:00.000Z');
  });
});

describe('simulate: split', () => {
  const graph: JourneyGraph = {
    nodes: [
      { id: 'start', type: 'trigger', config: { kind: 'api' } },
      { id: 'ab', type: 'split', config: { variants: [{ id: 'a', weight: 50 }, { id: 'b', weight: 50 }], control: 'a' } },
      { id: 'ea', type: 'exit', config: { reason: 'a' } },
      { id: 'eb', type: 'exit', config: { reason: 'b' } },
    ],
    edges: [{ from: 'start', to: 'ab' }, { from: 'ab', handle: 'a', to: 'ea' }, { from: 'ab', handle: 'b', to: 'eb' }],
  };

  it('assigns each contact a stable variant and splits a population by weight', async () => {
    const reasons = await Promise.all(
      Array.from({ length: 2_000 }, (_, i) => simulate({ graph, contact: { ...contact, id: `c${i}` }, startAt: start }).then((r) => r.outcome.reason)),
    );
    const again = await simulate({ graph, contact: { ...contact, id: 'c7' }, startAt: start });
    expect(again.outcome.reason).toBe(reasons[7]);
    const shareA = reasons.filter((reason) => reason === 'a').length / reasons.length;
    expect(shareA).toBeGreaterThan(0.46);
    expect(shareA).toBeLessThan(0.54);
  });
});

describe('simulate: split winner and holdout', () => {
  const graph: JourneyGraph = {
    nodes: [
      { id: 'start', type: 'trigger', config: { kind: 'api' } },
      { id: 'ab', type: 'split', config: {
        variants: [{ id: 'none', weight: 50 }, { id: 'email', weight: 50 }], control: 'none', winner: { minimumPerVariant: 100, probability: 0.95 },
      } },
      { id: 'welcome', type: 'send', config: { channel: 'email', content: { subject: 'Hi', body: 'Hello' } } },
      { id: 'end', type: 'exit' },
    ],
    edges: [{ from: 'start', to: 'ab' }, { from: 'ab', handle: 'email', to: 'welcome' }, { from: 'welcome', to: 'end' }, { from: 'welcome', handle: 'failed', to: 'end' }],
    settings: { goal: { event: 'purchase', within: 'P7D' } },
  };
  const contacts = Array.from({ length: 200 }, (_, i) => ({ ...contact, id: `c${i}` }));
  const exitOf = (trace: TraceEntry[]) => trace.find((entry) => entry.kind === 'node_exited' && entry.nodeId === 'ab');

  it('randomises until a winner is chosen, then sends every new contact to it and says so', async () => {
    const before = await Promise.all(contacts.map((c) => simulate({ graph, contact: c, startAt: start })));
    expect(new Set(before.map((r) => exitOf(r.trace)?.handle))).toEqual(new Set(['none', 'email']));
    expect(before.every((r) => exitOf(r.trace)?.reason === undefined)).toBe(true);

    const after = await Promise.all(contacts.map((c) => simulate({ graph, contact: c, startAt: start, splitWinners: { ab: 'email' } })));
    expect(after.map((r) => exitOf(r.trace))).toEqual(contacts.map(() => expect.objectContaining({ handle: 'email', variant: 'email', reason: 'winner' })));
    expect(after.every((r) => r.messages.length === 1)).toBe(true);
  });

  it('a winner that is no longer a variant of this version is ignored', async () => {
    const result = await simulate({ graph, contact: contacts[0], startAt: start, splitWinners: { ab: 'sms' } });
    expect(exitOf(result.trace)?.reason).toBeUndefined();
  });

  it('the holdout sends nothing and leaves the journey', async () => {
    const results = await Promise.all(contacts.map((c) => simulate({ graph, contact: c, startAt: start })));
    const held = results.filter((r) => exitOf(r.trace)?.handle === 'none');
    expect(held.length).toBeGreaterThan(70);
    expect(held.every((r) => r.messages.length === 0 && r.outcome.status === 'completed')).toBe(true);
  });
});

describe('simulate: date trigger', () => {
  it('starts a date-triggered journey at the local time the trigger names', async () => {
    const graph: JourneyGraph = {
      nodes: [
        { id: 'start', type: 'trigger', config: { kind: 'date_attribute', attribute: 'policyStartDate', offset: 'P11M', atLocalTime: '10:00' } },
        { id: 'end', type: 'exit' },
      ],
      edges: [{ from: 'start', to: 'end' }],
    };
    const result = await simulate({ graph, contact, startAt: '2026-03-02T00:05:00.000Z' });
    expect(result.trace[1]).toMatchObject({ kind: 'node_exited', nodeId: 'start', at: '2026-03-02T07:00:00.000Z' }); // 10:00 in Moscow
  });
});
