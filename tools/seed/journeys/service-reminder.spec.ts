import { evaluateCondition } from '@cascade/journey';
import { load, START, run, lines, templatesSent } from './demo-journey.fixture';

describe('service-reminder.json', () => {
  /** The trace up to the first reminder, for a purchase at `boughtAt` whose 10 months end at `remindAt`. */
  const untilTheFirstReminder = (boughtAt: string, remindAt: string, crmStatus = 200) => [
    `${boughtAt} node_entered start`,
    `${boughtAt} node_exited start handle=next`,
    `${boughtAt} node_entered wait_10m`,
    `${remindAt} node_exited wait_10m handle=next`,
    `${remindAt} node_entered crm_task`,
    `${remindAt} webhook_called crm_task status=${crmStatus}`,
    `${remindAt} node_exited crm_task handle=${crmStatus === 200 ? 'next' : 'failed'}`,
    `${remindAt} node_entered reminder_1`,
    `${remindAt} message_sent reminder_1 messageId=enr-1:reminder_1:0:0 channel=email`,
    `${remindAt} node_exited reminder_1 handle=next`,
    `${remindAt} node_entered await_booking`,
  ];

  it('starts on appliance purchases only', () => {
    const { config } = load('service-reminder').nodes.find((node) => node.type === 'trigger')!;
    const accepts = (properties: Record<string, unknown>) =>
      evaluateCondition(config!.filter as never, { subject: properties, events: [], segments: new Set(), now: START });
    expect(accepts({ category: 'appliance', sku: 'WM-7' })).toBe(true);
    expect(accepts({ category: 'books' })).toBe(false);
    expect(accepts({})).toBe(false);
  });

  it('creates the CRM task and emails at exactly 10 months, and reminds again 21 days later when no visit is booked', async () => {
    const result = await run('service-reminder');
    expect(lines(result.trace)).toEqual([
      ...untilTheFirstReminder(START, '2027-01-02T10:00:00.000Z'),
      '2027-01-23T10:00:00.000Z node_exited await_booking handle=timeout',
      '2027-01-23T10:00:00.000Z node_entered reminder_2',
      '2027-01-23T10:00:00.000Z message_sent reminder_2 messageId=enr-1:reminder_2:0:0 channel=email',
      '2027-01-23T10:00:00.000Z node_exited reminder_2 handle=next',
      '2027-01-23T10:00:00.000Z node_entered done',
      '2027-01-23T10:00:00.000Z journey_exited done status=exited reason=reminded_twice',
    ]);
    expect(result.outcome).toEqual({ status: 'exited', reason: 'reminded_twice', nodeId: 'done', at: '2027-01-23T10:00:00.000Z' });
    expect(templatesSent(result.messages)).toEqual(['2027-01-02T10:00:00.000Z service-reminder-1', '2027-01-23T10:00:00.000Z service-reminder-2']);
  });

  it('counts the 10 months on the calendar of the contact zone', async () => {
    // Bought at 01:00 on 31 August in Moscow (still 30 August in UTC). Ten months later is 30 June 01:00 Moscow time
    // (June has no 31st), which is 29 June 22:00 UTC; counting in UTC would give 30 June 22:00, i.e. 1 July in Moscow.
    const boughtAt = '2026-08-30T22:00:00.000Z';
    const result = await run('service-reminder', { startAt: boughtAt });
    expect(lines(result.trace)).toEqual([
      ...untilTheFirstReminder(boughtAt, '2027-06-29T22:00:00.000Z'),
      '2027-07-20T22:00:00.000Z node_exited await_booking handle=timeout',
      '2027-07-20T22:00:00.000Z node_entered reminder_2',
      '2027-07-20T22:00:00.000Z message_sent reminder_2 messageId=enr-1:reminder_2:0:0 channel=email',
      '2027-07-20T22:00:00.000Z node_exited reminder_2 handle=next',
      '2027-07-20T22:00:00.000Z node_entered done',
      '2027-07-20T22:00:00.000Z journey_exited done status=exited reason=reminded_twice',
    ]);
    expect(result.outcome).toEqual({ status: 'exited', reason: 'reminded_twice', nodeId: 'done', at: '2027-07-20T22:00:00.000Z' });
  });

  it('sends no second reminder to a contact who books a service visit after the first', async () => {
    const result = await run('service-reminder', { events: [{ name: 'service_booked', at: '2027-01-07T07:00:00.000Z' }] });
    expect(lines(result.trace)).toEqual([
      ...untilTheFirstReminder(START, '2027-01-02T10:00:00.000Z'),
      '2027-01-07T07:00:00.000Z converted await_booking reason=service_booked',
      '2027-01-07T07:00:00.000Z node_exited await_booking handle=event',
      '2027-01-07T07:00:00.000Z node_entered booked',
      '2027-01-07T07:00:00.000Z journey_exited booked status=exited reason=booked',
    ]);
    expect(result.outcome).toEqual({ status: 'exited', reason: 'booked', nodeId: 'booked', at: '2027-01-07T07:00:00.000Z' });
    expect(result.messages.map((m) => m.templateId)).toEqual(['service-reminder-1']);
  });

  it('still emails the reminder when the CRM answers with an error', async () => {
    const result = await run('service-reminder', { webhookStatus: 503, events: [{ name: 'service_booked', at: '2027-01-03T09:00:00.000Z' }] });
    expect(lines(result.trace)).toEqual([
      ...untilTheFirstReminder(START, '2027-01-02T10:00:00.000Z', 503),
      '2027-01-03T09:00:00.000Z converted await_booking reason=service_booked',
      '2027-01-03T09:00:00.000Z node_exited await_booking handle=event',
      '2027-01-03T09:00:00.000Z node_entered booked',
      '2027-01-03T09:00:00.000Z journey_exited booked status=exited reason=booked',
    ]);
    expect(result.outcome).toEqual({ status: 'exited', reason: 'booked', nodeId: 'booked', at: '2027-01-03T09:00:00.000Z' });
  });
});
