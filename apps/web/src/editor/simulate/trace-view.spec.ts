import { simulate, type JourneyGraph } from '@cascade/journey';
import { describeOutcome, formatOffset, toPathHighlight, toTimelineRows } from './trace-view';

const graph: JourneyGraph = {
  nodes: [
    { id: 'start', type: 'trigger', config: { kind: 'event', event: 'cart_abandoned' } },
    { id: 'wait1', type: 'wait', config: { duration: 'PT1H' } },
    { id: 'remind', type: 'cascade', label: 'Remind', config: { steps: [
      { channel: 'email', content: { subject: 'Your cart', body: 'Come back' }, waitFor: 'opened', within: 'PT24H' },
      { channel: 'sms', content: { body: 'Come back' } },
    ] } },
    { id: 'won', type: 'exit', config: { reason: 'reached' } },
    { id: 'lost', type: 'exit', config: { reason: 'exhausted' } },
  ],
  edges: [
    { from: 'start', to: 'wait1' },
    { from: 'wait1', to: 'remind' },
    { from: 'remind', handle: 'success', to: 'won' },
    { from: 'remind', handle: 'exhausted', to: 'lost' },
  ],
};
const contact = { id: 'c1', email: 'anna@example.com', phone: '+79990000000', timezone: 'Europe/Moscow', attributes: {} };
const startAt = '2026-03-02T10:00:00.000Z';

describe('trace view of a real simulation: a wait, then a cascade whose email is opened after an hour', () => {
  const run = () => simulate({ graph, contact, startAt, deliveries: [{ channel: 'email', status: 'opened', after: 'PT1H' }] });

  it('lights up the success path: nodes with the first time entered, edges from the exits', async () => {
    const { trace } = await run();
    expect(toPathHighlight(trace)).toEqual({
      nodes: {
        start: '2026-03-02T10:00:00.000Z',
        wait1: '2026-03-02T10:00:00.000Z',
        remind: '2026-03-02T11:00:00.000Z',
        won: '2026-03-02T12:00:00.000Z',
      },
      edges: ['start.next', 'wait1.next', 'remind.success'],
    });
  });

  it('tells the story on the virtual clock, relative to the start', async () => {
    const { trace } = await run();
    expect(toTimelineRows(trace, { startAt, graph }).map((row) => row.line)).toEqual([
      "+0 h 00 m · Trigger 'start' → next",
      "+0 h 00 m · Wait 'wait1' entered",
      "+1 h 00 m · Wait 'wait1' → next",
      "+1 h 00 m · Cascade 'Remind' entered",
      "+1 h 00 m · Email sent by Cascade 'Remind'",
      '+2 h 00 m · Email opened',
      "+2 h 00 m · Cascade 'Remind' → success",
      "+2 h 00 m · Journey ends at Exit 'won': exited (reached)",
    ]);
  });

  it('describes the outcome', async () => {
    const { outcome } = await run();
    expect(describeOutcome(outcome, { startAt, graph })).toEqual({ title: 'Left the journey: reached', detail: "+2 h 00 m at Exit 'won'", tone: 'ok' });
  });

  it('without the open, escalates to SMS a day later (the last step succeeds once sent)', async () => {
    const { trace } = await simulate({ graph, contact, startAt });
    expect(toPathHighlight(trace).nodes.won).toBe('2026-03-03T11:00:00.000Z');
    expect(toTimelineRows(trace, { startAt, graph }).map((row) => row.line)).toContain("+1 d 01 h 00 m · SMS sent by Cascade 'Remind'");
  });

  it('says why a channel was skipped, as a warning, and takes the exhausted edge', async () => {
    const { trace } = await simulate({ graph, contact: { ...contact, email: null, phone: null }, startAt });
    expect(toPathHighlight(trace).edges).toEqual(['start.next', 'wait1.next', 'remind.exhausted']);
    const skipped = toTimelineRows(trace, { startAt, graph }).filter((row) => row.kind === 'message_skipped');
    expect(skipped.map((row) => [row.tone, row.text])).toEqual([
      ['warn', "Email skipped by Cascade 'Remind': no email address"],
      ['warn', "SMS skipped by Cascade 'Remind': no sms address"],
    ]);
  });
});

describe('formatOffset', () => {
  it('shows hours and minutes, days when a day or more, seconds only when some', () => {
    expect(formatOffset(0)).toBe('+0 h 00 m');
    expect(formatOffset(3_600_000)).toBe('+1 h 00 m');
    expect(formatOffset(90 * 60_000)).toBe('+1 h 30 m');
    expect(formatOffset(((2 * 24 + 3) * 60 + 5) * 60_000)).toBe('+2 d 03 h 05 m');
    expect(formatOffset(61_000)).toBe('+0 h 01 m 01 s');
  });
});

describe('toPathHighlight', () => {
  it('keeps the first entry of a node visited twice, and each edge once', () => {
    const path = toPathHighlight([
      { at: 'T1', kind: 'node_entered', nodeId: 'a' },
      { at: 'T1', kind: 'node_exited', nodeId: 'a', handle: 'next' },
      { at: 'T2', kind: 'node_entered', nodeId: 'a' },
      { at: 'T2', kind: 'node_exited', nodeId: 'a', handle: 'next' },
      { at: 'T2', kind: 'node_exited', nodeId: 'a' },
    ]);
    expect(path).toEqual({ nodes: { a: 'T1' }, edges: ['a.next'] });
  });
});
