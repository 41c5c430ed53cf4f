import { entryDecision } from '@cascade/journey';
import { load, anna, run, lines, templatesSent } from './demo-journey.fixture';

describe('abandoned-cart.json', () => {
  const untilTheEmail = [
    '2026-03-02T10:00:00.000Z node_entered start',
    '2026-03-02T10:00:00.000Z node_exited start handle=next',
    '2026-03-02T10:00:00.000Z node_entered wait_1h',
    '2026-03-02T11:00:00.000Z node_exited wait_1h handle=next',
    '2026-03-02T11:00:00.000Z node_entered remind',
    '2026-03-02T11:00:00.000Z message_sent remind messageId=enr-1:remind:0:0 channel=email',
    '2026-03-02T11:01:00.000Z message_status remind messageId=enr-1:remind:0:0 status=delivered',
  ];
  const emailDelivered = { channel: 'email', status: 'delivered', after: 'PT1M' } as const;

  it('stops at the email when it is opened within 24 hours: no SMS', async () => {
    const result = await run('abandoned-cart', { deliveries: [emailDelivered, { channel: 'email', status: 'opened', after: 'PT3H' }] });
    expect(lines(result.trace)).toEqual([
      ...untilTheEmail,
      '2026-03-02T14:00:00.000Z message_status remind messageId=enr-1:remind:0:0 status=opened',
      '2026-03-02T14:00:00.000Z node_exited remind handle=success',
      '2026-03-02T14:00:00.000Z node_entered reminded',
      '2026-03-02T14:00:00.000Z journey_exited reminded status=exited reason=reminded',
    ]);
    expect(result.outcome).toEqual({ status: 'exited', reason: 'reminded', nodeId: 'reminded', at: '2026-03-02T14:00:00.000Z' });
    expect(result.messages.map((m) => m.channel)).toEqual(['email']);
  });

  it('sends the SMS 24 hours after an email that is delivered but not opened, and stops when the SMS is delivered', async () => {
    const result = await run('abandoned-cart', { deliveries: [emailDelivered, { channel: 'sms', status: 'delivered', after: 'PT2M' }] });
    expect(lines(result.trace)).toEqual([
      ...untilTheEmail,
      '2026-03-03T11:00:00.000Z message_sent remind messageId=enr-1:remind:1:0 channel=sms',
      '2026-03-03T11:02:00.000Z message_status remind messageId=enr-1:remind:1:0 status=delivered',
      '2026-03-03T11:02:00.000Z node_exited remind handle=success',
      '2026-03-03T11:02:00.000Z node_entered reminded',
      '2026-03-03T11:02:00.000Z journey_exited reminded status=exited reason=reminded',
    ]);
    expect(result.outcome).toEqual({ status: 'exited', reason: 'reminded', nodeId: 'reminded', at: '2026-03-03T11:02:00.000Z' });
    expect(templatesSent(result.messages)).toEqual(['2026-03-02T11:00:00.000Z cart-email', '2026-03-03T11:00:00.000Z cart-sms']);
  });

  it('skips the SMS of a contact with no phone, saying why, and goes on to Telegram at once', async () => {
    const result = await run('abandoned-cart', { contact: { ...anna, phone: null }, deliveries: [emailDelivered] });
    expect(lines(result.trace)).toEqual([
      ...untilTheEmail,
      '2026-03-03T11:00:00.000Z message_skipped remind messageId=enr-1:remind:1:0 channel=sms reason=no sms address',
      '2026-03-03T11:00:00.000Z message_sent remind messageId=enr-1:remind:2:0 channel=telegram',
      '2026-03-03T11:00:00.000Z node_exited remind handle=success',
      '2026-03-03T11:00:00.000Z node_entered reminded',
      '2026-03-03T11:00:00.000Z journey_exited reminded status=exited reason=reminded',
    ]);
    expect(result.outcome).toEqual({ status: 'exited', reason: 'reminded', nodeId: 'reminded', at: '2026-03-03T11:00:00.000Z' });
    expect(templatesSent(result.messages)).toEqual(['2026-03-02T11:00:00.000Z cart-email', '2026-03-03T11:00:00.000Z cart-tg']);
  });

  it('leaves converted, with no SMS, when the contact buys while the email waits to be opened', async () => {
    const result = await run('abandoned-cart', { deliveries: [emailDelivered], events: [{ name: 'purchase', after: 'PT5H' }] });
    expect(lines(result.trace)).toEqual([
      ...untilTheEmail,
      '2026-03-02T15:00:00.000Z converted remind reason=purchase',
      '2026-03-02T15:00:00.000Z journey_exited remind status=converted reason=goal',
    ]);
    expect(result.outcome).toEqual({ status: 'converted', reason: 'goal', nodeId: 'remind', at: '2026-03-02T15:00:00.000Z' });
  });

  it('lets a contact in again one day after leaving, not sooner', () => {
    const { settings } = load('abandoned-cart');
    const left = [{ status: 'exited', endedAt: '2026-03-02T14:00:00.000Z' }];
    expect(entryDecision(settings, [{ status: 'active', endedAt: null }], '2026-03-02T12:00:00.000Z')).toEqual({ enter: false, reason: 'already_active' });
    expect(entryDecision(settings, left, '2026-03-03T13:59:00.000Z')).toEqual({ enter: false, reason: 'cooldown' });
    expect(entryDecision(settings, left, '2026-03-03T14:00:00.000Z')).toEqual({ enter: true });
  });
});
