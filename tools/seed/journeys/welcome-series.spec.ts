import { load, run, lines, templatesSent } from './demo-journey.fixture';

describe('welcome-series.json', () => {
  const untilTheWaitForTheBranch = [
    '2026-03-02T10:00:00.000Z node_entered start',
    '2026-03-02T10:00:00.000Z node_exited start handle=next',
    '2026-03-02T10:00:00.000Z node_entered welcome',
    '2026-03-02T10:00:00.000Z message_sent welcome messageId=enr-1:welcome:0:0 channel=email',
    '2026-03-02T10:00:00.000Z node_exited welcome handle=next',
    '2026-03-02T10:00:00.000Z node_entered wait_2d',
    '2026-03-04T10:00:00.000Z node_exited wait_2d handle=next',
    '2026-03-04T10:00:00.000Z node_entered tips',
    '2026-03-04T10:00:00.000Z message_sent tips messageId=enr-1:tips:0:0 channel=email',
    '2026-03-04T10:00:00.000Z node_exited tips handle=next',
    '2026-03-04T10:00:00.000Z node_entered wait_3d',
  ];

  it('sends welcome, tips two days later and a discount three days after that to a contact who never buys', async () => {
    // A purchase before signing up is neither a conversion nor a purchase "since sign-up".
    const result = await run('welcome-series', { events: [{ name: 'purchase', at: '2026-02-20T09:00:00.000Z' }] });
    expect(lines(result.trace)).toEqual([
      ...untilTheWaitForTheBranch,
      '2026-03-07T10:00:00.000Z node_exited wait_3d handle=next',
      '2026-03-07T10:00:00.000Z node_entered bought',
      '2026-03-07T10:00:00.000Z node_exited bought handle=else',
      '2026-03-07T10:00:00.000Z node_entered discount',
      '2026-03-07T10:00:00.000Z message_sent discount messageId=enr-1:discount:0:0 channel=email',
      '2026-03-07T10:00:00.000Z node_exited discount handle=next',
      '2026-03-07T10:00:00.000Z node_entered done',
      '2026-03-07T10:00:00.000Z journey_exited done status=exited reason=series_finished',
    ]);
    expect(result.outcome).toEqual({ status: 'exited', reason: 'series_finished', nodeId: 'done', at: '2026-03-07T10:00:00.000Z' });
    expect(templatesSent(result.messages)).toEqual([
      '2026-03-02T10:00:00.000Z welcome-1', '2026-03-04T10:00:00.000Z welcome-tips', '2026-03-07T10:00:00.000Z welcome-discount',
    ]);
  });

  it('converts and leaves at once, in the middle of the 3-day wait, a contact who buys after the tips email', async () => {
    const result = await run('welcome-series', { events: [{ name: 'purchase', at: '2026-03-05T16:30:00.000Z', properties: { amount: 4_990 } }] });
    expect(lines(result.trace)).toEqual([
      ...untilTheWaitForTheBranch,
      '2026-03-05T16:30:00.000Z converted wait_3d reason=purchase',
      '2026-03-05T16:30:00.000Z journey_exited wait_3d status=converted reason=goal',
    ]);
    expect(result.outcome).toEqual({ status: 'converted', reason: 'goal', nodeId: 'wait_3d', at: '2026-03-05T16:30:00.000Z' });
    expect(result.messages.map((m) => m.templateId)).toEqual(['welcome-1', 'welcome-tips']);
  });

  it('with exitOnGoal off, the branch sends a buyer to the "converted" exit instead of the discount', async () => {
    const journey = load('welcome-series');
    const graph = { ...journey, settings: { ...journey.settings, exitOnGoal: false } };
    const result = await run('welcome-series', { graph, events: [{ name: 'purchase', at: '2026-03-05T16:30:00.000Z' }] });
    expect(lines(result.trace)).toEqual([
      ...untilTheWaitForTheBranch,
      '2026-03-05T16:30:00.000Z converted wait_3d reason=purchase',
      '2026-03-07T10:00:00.000Z node_exited wait_3d handle=next',
      '2026-03-07T10:00:00.000Z node_entered bought',
      '2026-03-07T10:00:00.000Z node_exited bought handle=purchased',
      '2026-03-07T10:00:00.000Z node_entered converted',
      '2026-03-07T10:00:00.000Z journey_exited converted status=exited reason=converted',
    ]);
    expect(result.outcome).toEqual({ status: 'exited', reason: 'converted', nodeId: 'converted', at: '2026-03-07T10:00:00.000Z' });
  });
});
