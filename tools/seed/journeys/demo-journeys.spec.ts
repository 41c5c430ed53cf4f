import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import {
  entryDecision, evaluateCondition, isDuration, nodeHandler, simulate,
  type ContactSnapshot, type JourneyGraph, type SimulationInput, type TraceEntry,
} from '@cascade/journey';

interface DemoJourney extends JourneyGraph {
  name: string;
  description: string;
}

const JOURNEYS = ['welcome-series', 'abandoned-cart', 'reactivation', 'service-reminder', 'ab-first-message'] as const;
type JourneyFile = (typeof JOURNEYS)[number];

const load = (file: JourneyFile): DemoJourney => JSON.parse(readFileSync(join(__dirname, `${file}.json`), 'utf8'));

/** A Monday, 13:00 in Moscow. */
const START = '2026-03-02T10:00:00.000Z';

const anna: ContactSnapshot = {
  id: 'anna', email: 'anna@example.com', phone: '+79161234567', telegramChatId: '100200300', timezone: 'Europe/Moscow',
  attributes: { first_name: 'Anna' },
};

/** One enrollment of `contact` (Anna by default) in a demo journey, starting at START; the journey id is the file name. */
function run(file: JourneyFile, input: Partial<SimulationInput> = {}) {
  return simulate({ graph: load(file), contact: anna, startAt: START, enrollmentId: 'enr-1', journeyId: file, ...input });
}

const FIELDS = ['handle', 'variant', 'messageId', 'channel', 'status', 'reason'] as const;

/** A trace entry as one line, `at kind [nodeId] key=value…`, with every field it has, so comparing lines pins the whole trace. */
function line(entry: TraceEntry): string {
  const fields = entry as unknown as Record<string, unknown>;
  const others = Object.keys(fields).filter((key) => !['at', 'kind', 'nodeId', ...FIELDS].includes(key)).sort();
  const pairs = [...FIELDS, ...others].filter((key) => fields[key] !== undefined).map((key) => `${key}=${String(fields[key])}`);
  return [entry.at, entry.kind, entry.nodeId, ...pairs].filter((part) => part !== undefined).join(' ');
}
const lines = (trace: TraceEntry[]) => trace.map(line);

const templatesSent = (messages: { sentAt: string; templateId?: string }[]) => messages.map((m) => `${m.sentAt} ${m.templateId}`);

describe('demo journeys: sound graphs', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('duration', { type: 'string', validate: isDuration });
  ajv.addFormat('date-time', { type: 'string', validate: (text: string) => !Number.isNaN(Date.parse(text)) });

  /** What the editor and the engine need of a seed file; empty when it is sound. */
  function problemsOf(journey: DemoJourney): string[] {
    const problems: string[] = [];
    const nodes = new Map(journey.nodes.map((node) => [node.id, node]));
    if (!journey.name || !journey.description) problems.push('name and description are required');
    if (journey.nodes.filter((node) => node.type === 'trigger').length !== 1) problems.push('not exactly one trigger');
    const connected = new Set(journey.edges.map((edge) => `${edge.from}/${edge.handle ?? 'next'}`));
    if (connected.size !== journey.edges.length) problems.push('two edges leave the same handle');
    for (const node of journey.nodes) {
      const handler = nodeHandler(node.type);
      if (!handler) { problems.push(`${node.id}: unknown type ${node.type}`); continue; }
      const config = (node.config ?? {}) as never;
      const validate = ajv.compile(handler.configSchema);
      if (!validate(config)) problems.push(`${node.id}: ${ajv.errorsText(validate.errors)}`);
      for (const problem of handler.check?.(config) ?? []) problems.push(`${node.id}.${problem.path}: ${problem.message}`);
      for (const handle of handler.handles(config)) {
        if (!connected.has(`${node.id}/${handle}`) && !handler.optionalHandles?.includes(handle)) problems.push(`${node.id}: ${handle} is not connected`);
      }
      if (!node.label) problems.push(`${node.id}: no label`);
      if (typeof node.position?.x !== 'number' || typeof node.position?.y !== 'number') problems.push(`${node.id}: no position`);
    }
    for (const edge of journey.edges) {
      const [from, to] = [nodes.get(edge.from), nodes.get(edge.to)];
      if (!from || !to) { problems.push(`edge ${edge.from} → ${edge.to}: unknown node`); continue; }
      if (!nodeHandler(from.type)?.handles((from.config ?? {}) as never).includes(edge.handle ?? 'next')) problems.push(`${edge.from}: no handle ${edge.handle}`);
      if ((to.position?.x ?? 0) <= (from.position?.x ?? 0)) problems.push(`edge ${edge.from} → ${edge.to} does not run left to right`);
    }
    const reached = new Set(journey.nodes.filter((node) => node.type === 'trigger').map((node) => node.id));
    for (const id of reached) for (const edge of journey.edges) if (edge.from === id) reached.add(edge.to);
    for (const node of journey.nodes) if (!reached.has(node.id)) problems.push(`${node.id}: unreachable`);
    for (const duration of [journey.settings?.goal?.within, journey.settings?.reentry?.cooldown]) {
      if (duration !== undefined && !isDuration(duration)) problems.push(`settings: invalid duration ${duration}`);
    }
    return problems;
  }

  it.each(JOURNEYS)('%s.json is valid, connected, labelled and laid out left to right', (file) => {
    expect(problemsOf(load(file))).toEqual([]);
  });
});

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
