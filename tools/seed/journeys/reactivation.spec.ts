import { type ContactSnapshot } from '@cascade/journey';
import { anna, run, lines, templatesSent } from './demo-journey.fixture';

describe('reactivation.json', () => {
  const sleeper: ContactSnapshot = { ...anna, attributes: { first_name: 'Anna', status: 'sleeping' }, tags: ['newsletter'] };
  const untilTheSecondWait = [
    '2026-03-02T10:00:00.000Z node_entered start',
    '2026-03-02T10:00:00.000Z node_exited start handle=next',
    '2026-03-02T10:00:00.000Z node_entered email_1',
    '2026-03-02T10:00:00.000Z message_sent email_1 messageId=enr-1:email_1:0:0 channel=email',
    '2026-03-02T10:00:00.000Z node_exited email_1 handle=next',
    '2026-03-02T10:00:00.000Z node_entered wait_1',
    '2026-03-09T10:00:00.000Z node_exited wait_1 handle=next',
    '2026-03-09T10:00:00.000Z node_entered email_2',
    '2026-03-09T10:00:00.000Z message_sent email_2 messageId=enr-1:email_2:0:0 channel=email',
    '2026-03-09T10:00:00.000Z node_exited email_2 handle=next',
    '2026-03-09T10:00:00.000Z node_entered wait_2',
  ];

  it('sends three emails a week apart and marks a contact who never buys inactive', async () => {
    const result = await run('reactivation', { contact: sleeper, segments: ['sleeping'] });
    expect(lines(result.trace)).toEqual([
      ...untilTheSecondWait,
      '2026-03-16T10:00:00.000Z node_exited wait_2 handle=next',
      '2026-03-16T10:00:00.000Z node_entered email_3',
      '2026-03-16T10:00:00.000Z message_sent email_3 messageId=enr-1:email_3:0:0 channel=email',
      '2026-03-16T10:00:00.000Z node_exited email_3 handle=next',
      '2026-03-16T10:00:00.000Z node_entered wait_3',
      '2026-03-23T10:00:00.000Z node_exited wait_3 handle=next',
      '2026-03-23T10:00:00.000Z node_entered mark_inactive',
      '2026-03-23T10:00:00.000Z contact_updated mark_inactive',
      '2026-03-23T10:00:00.000Z node_exited mark_inactive handle=next',
      '2026-03-23T10:00:00.000Z node_entered done',
      '2026-03-23T10:00:00.000Z journey_exited done status=exited reason=marked_inactive',
    ]);
    expect(result.outcome).toEqual({ status: 'exited', reason: 'marked_inactive', nodeId: 'done', at: '2026-03-23T10:00:00.000Z' });
    expect(templatesSent(result.messages)).toEqual([
      '2026-03-02T10:00:00.000Z reactivation-1', '2026-03-09T10:00:00.000Z reactivation-2', '2026-03-16T10:00:00.000Z reactivation-3',
    ]);
    expect(result.contact).toMatchObject({ id: 'anna', email: 'anna@example.com', timezone: 'Europe/Moscow' });
    expect(result.contact.attributes).toEqual({ first_name: 'Anna', status: 'inactive' });
    expect(result.contact.tags).toEqual(['newsletter', 'inactive']);
  });

  it('converts a contact who buys after the second email, leaves at once and does not mark them inactive', async () => {
    const result = await run('reactivation', { contact: sleeper, segments: ['sleeping'], events: [{ name: 'purchase', at: '2026-03-12T08:15:00.000Z' }] });
    expect(lines(result.trace)).toEqual([
      ...untilTheSecondWait,
      '2026-03-12T08:15:00.000Z converted wait_2 reason=purchase',
      '2026-03-12T08:15:00.000Z journey_exited wait_2 status=converted reason=goal',
    ]);
    expect(result.outcome).toEqual({ status: 'converted', reason: 'goal', nodeId: 'wait_2', at: '2026-03-12T08:15:00.000Z' });
    expect(result.contact).toEqual(sleeper);
  });
});
