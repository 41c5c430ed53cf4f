import { type ContactSnapshot } from '@cascade/journey';
import { START, anna, run, lines } from './demo-journey.fixture';

describe('ab-first-message.json', () => {
  // Found with simulate for the journey id "ab-first-message" (the variant hashes contact, journey and node ids, so a
  // journey seeded under another id splits these two contacts differently): Boris gets A (control), Daria gets B.
  const boris: ContactSnapshot = { ...anna, id: 'boris', email: 'boris@example.com', attributes: { first_name: 'Boris' } };
  const daria: ContactSnapshot = { ...anna, id: 'daria', email: 'daria@example.com', attributes: { first_name: 'Daria' } };

  const untilTheWait = (variant: 'a' | 'b', enrollmentId = 'enr-1', at = START) => [
    `${at} node_entered start`,
    `${at} node_exited start handle=next`,
    `${at} node_entered ab`,
    `${at} node_exited ab handle=${variant} variant=${variant}`,
    `${at} node_entered send_${variant}`,
    `${at} message_sent send_${variant} messageId=${enrollmentId}:send_${variant}:0:0 channel=email`,
    `${at} node_exited send_${variant} handle=next`,
    `${at} node_entered await_purchase`,
  ];

  it('sends variant A to Boris, who converts with a purchase two days later', async () => {
    const result = await run('ab-first-message', { contact: boris, events: [{ name: 'purchase', at: '2026-03-04T15:20:00.000Z' }] });
    expect(lines(result.trace)).toEqual([
      ...untilTheWait('a'),
      '2026-03-04T15:20:00.000Z converted await_purchase reason=purchase',
      '2026-03-04T15:20:00.000Z node_exited await_purchase handle=event',
      '2026-03-04T15:20:00.000Z node_entered purchased',
      '2026-03-04T15:20:00.000Z journey_exited purchased status=exited reason=purchased',
    ]);
    expect(result.outcome).toEqual({ status: 'exited', reason: 'purchased', nodeId: 'purchased', at: '2026-03-04T15:20:00.000Z' });
    expect(result.messages.map((m) => m.templateId)).toEqual(['welcome-a']);
  });

  it('sends variant B to Daria, who does not buy within 7 days', async () => {
    const result = await run('ab-first-message', { contact: daria });
    expect(lines(result.trace)).toEqual([
      ...untilTheWait('b'),
      '2026-03-09T10:00:00.000Z node_exited await_purchase handle=timeout',
      '2026-03-09T10:00:00.000Z node_entered no_purchase',
      '2026-03-09T10:00:00.000Z journey_exited no_purchase status=exited reason=no_purchase',
    ]);
    expect(result.outcome).toEqual({ status: 'exited', reason: 'no_purchase', nodeId: 'no_purchase', at: '2026-03-09T10:00:00.000Z' });
    expect(result.messages.map((m) => m.templateId)).toEqual(['welcome-b']);
  });

  it('gives a contact the same variant when they enter again', async () => {
    const later = '2026-04-06T08:00:00.000Z';
    for (const [contact, variant] of [[boris, 'a'], [daria, 'b']] as const) {
      const again = await run('ab-first-message', { contact, startAt: later, enrollmentId: 'enr-2' });
      expect(lines(again.trace).slice(0, 8)).toEqual(untilTheWait(variant, 'enr-2', later));
    }
  });
});
