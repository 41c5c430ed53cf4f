import type { JourneyGraph } from '../graph/graph.types';
import { simulate } from './simulate';

const contact = { id: 'c1', email: 'anna@example.com', telegramChatId: '42', attributes: {} };
const start = '2026-03-02T10:00:00.000Z';

const telegramThenEmail: JourneyGraph = {
  nodes: [
    { id: 'start', type: 'trigger', config: { kind: 'api' } },
    { id: 'remind', type: 'cascade', config: { steps: [
      { channel: 'telegram', content: { body: 'Your cart is waiting' }, waitFor: 'delivered', within: 'PT2M' },
      { channel: 'email', content: { subject: 'Your cart', body: 'Still thinking?' } },
    ] } },
    { id: 'reached', type: 'exit', config: { reason: 'reached' } },
    { id: 'unreached', type: 'exit', config: { reason: 'exhausted' } },
  ],
  edges: [
    { from: 'start', to: 'remind' },
    { from: 'remind', handle: 'success', to: 'reached' },
    { from: 'remind', handle: 'exhausted', to: 'unreached' },
  ],
};

const messagesOf = (trace: { kind: string; at: string; channel?: string; status?: string; messageId?: string }[]) =>
  trace.filter((entry) => entry.kind.startsWith('message_')).map((e) => `${e.at} ${e.kind} ${e.channel ?? e.messageId} ${e.status ?? ''}`.trim());

describe('simulate: a channel whose send answer confirms delivery', () => {
  it('satisfies a cascade step waiting for `delivered` at once, the delivery traced right after the send', async () => {
    const result = await simulate({ graph: telegramThenEmail, contact, startAt: start, enrollmentId: 'e1', deliveredOnSend: ['telegram'] });
    expect(messagesOf(result.trace)).toEqual([
      '2026-03-02T10:00:00.000Z message_sent telegram',
      '2026-03-02T10:00:00.000Z message_status e1:remind:0:0 delivered',
    ]);
    expect(result.outcome).toMatchObject({ status: 'exited', reason: 'reached', at: start });
    expect(result.messages.map((m) => m.channel)).toEqual(['telegram']);
  });

  it('without the confirmation the step waits its window out and the cascade escalates', async () => {
    const result = await simulate({ graph: telegramThenEmail, contact, startAt: start, enrollmentId: 'e1' });
    expect(messagesOf(result.trace)).toEqual([
      '2026-03-02T10:00:00.000Z message_sent telegram',
      '2026-03-02T10:02:00.000Z message_sent email',
    ]);
    expect(result.outcome).toMatchObject({ reason: 'reached', at: '2026-03-02T10:02:00.000Z' });
  });
});
