import { simulate, type JourneyGraph } from '@cascade/journey';
import { attributeValue, describedSnapshot, EMPTY_DESCRIBED_CONTACT, toContactSnapshot, type ContactView } from './contact-snapshot';
import { describeDuration, parseDurationText } from './duration-text';
import { buildSimulationInput, graphChannels, graphEventNames, localInputValue, type SimulationForm } from './simulation-form';
import { toPathHighlight } from './trace-view';

describe('parseDurationText', () => {
  it('reads durations as people type them', () => {
    expect(parseDurationText('2 hours')).toBe('PT2H');
    expect(parseDurationText('2h')).toBe('PT2H');
    expect(parseDurationText('90 minutes')).toBe('PT90M');
    expect(parseDurationText('1 day 3 h')).toBe('P1DT3H');
    expect(parseDurationText('1w, 2d and 4 hours')).toBe('P9DT4H');
    expect(parseDurationText('30 sec')).toBe('PT30S');
    expect(parseDurationText('')).toBe('PT0S');
  });

  it('accepts ISO-8601, in any case', () => {
    expect(parseDurationText('PT2H')).toBe('PT2H');
    expect(parseDurationText('p3d')).toBe('P3D');
  });

  it('refuses what it cannot read, and negatives unless allowed', () => {
    expect(parseDurationText('soon')).toBeNull();
    expect(parseDurationText('2 fortnights')).toBeNull();
    expect(parseDurationText('2 hours later')).toBeNull();
    expect(parseDurationText('PT')).toBeNull();
    expect(parseDurationText('-2 days')).toBeNull();
    expect(parseDurationText('-2 days', { allowNegative: true })).toBe('-P2D');
  });

  it('describes ISO durations briefly', () => {
    expect(describeDuration('PT1H30M')).toBe('1 h 30 m');
    expect(describeDuration('P9DT4H')).toBe('9 d 4 h');
    expect(describeDuration('PT0S')).toBe('0 m');
    expect(describeDuration('-P2D')).toBe('2 d before');
  });
});

describe('contacts for the simulator', () => {
  it('maps a real contact (GET /contacts/:id) to a snapshot', () => {
    const view: ContactView = {
      id: '7a1d', externalId: 'crm-42', email: 'anna@example.com', phone: null, telegramChatId: '42', timezone: 'Europe/Moscow',
      attributes: { city: 'Kazan', orders: 3 }, subscriptions: { sms: false }, tags: ['vip'], createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z',
    };
    expect(toContactSnapshot(view)).toEqual({
      id: '7a1d', externalId: 'crm-42', email: 'anna@example.com', phone: null, telegramChatId: '42', timezone: 'Europe/Moscow',
      attributes: { city: 'Kazan', orders: 3 }, subscriptions: { sms: false }, tags: ['vip'],
    });
  });

  it('reads typed attribute values as numbers, booleans and JSON, and leaves the rest as text', () => {
    expect(attributeValue('42')).toBe(42);
    expect(attributeValue('-1.5')).toBe(-1.5);
    expect(attributeValue('true')).toBe(true);
    expect(attributeValue('{"a":1}')).toEqual({ a: 1 });
    expect(attributeValue('2026-03-02')).toBe('2026-03-02');
    expect(attributeValue('{oops')).toBe('{oops');
    expect(attributeValue('+7 999')).toBe('+7 999');
  });

  it('builds a described contact, naming what cannot be read', () => {
    const { snapshot, problems } = describedSnapshot({
      ...EMPTY_DESCRIBED_CONTACT, email: ' anna@example.com ', timezone: 'Europe/Moscow', tags: 'vip, new',
      attributes: [{ key: 'city', value: 'Kazan' }, { key: 'orders', value: '3' }, { key: '', value: '' }],
    });
    expect(problems).toEqual([]);
    expect(snapshot).toMatchObject({ email: 'anna@example.com', phone: null, timezone: 'Europe/Moscow', attributes: { city: 'Kazan', orders: 3 }, tags: ['vip', 'new'] });
    expect(describedSnapshot({ ...EMPTY_DESCRIBED_CONTACT, email: 'anna', attributes: [{ key: '', value: 'x' }, { key: 'a', value: '1' }, { key: 'a', value: '2' }] }).problems)
      .toEqual(['Attribute 1 has a value but no name.', 'Attribute "a" is given twice.', '"anna" is not an email address.']);
  });
});

const graph: JourneyGraph = {
  nodes: [
    { id: 'start', type: 'trigger', config: { kind: 'event', event: 'cart_abandoned' } },
    { id: 'bought', type: 'wait_for_event', config: { event: 'order_paid', timeout: 'P1D' } },
    { id: 'mail', type: 'send', config: { channel: 'email', content: { subject: 'Hi', body: 'Hi' } } },
    { id: 'steps', type: 'cascade', config: { steps: [{ channel: 'sms', content: { body: 'Hi' } }, { channel: 'email', content: { body: 'Hi' } }, { channel: 'telegram', content: { body: 'Hi' } }] } },
    { id: 'done', type: 'exit', config: { reason: 'done' } },
  ],
  edges: [
    { from: 'start', to: 'bought' }, { from: 'bought', handle: 'event', to: 'done' }, { from: 'bought', handle: 'timeout', to: 'mail' },
    { from: 'mail', to: 'steps' },
  ],
  settings: { goal: { event: 'order_paid', within: 'P7D' } },
};
const contact = { id: 'c1', email: 'anna@example.com', attributes: {} };
const form = (patch: Partial<SimulationForm> = {}): SimulationForm => ({ startAt: '2026-03-02T10:00', events: [], deliveries: [], segments: [], webhookStatus: '', ...patch });

describe('buildSimulationInput', () => {
  it('lists the channels and event names the graph uses', () => {
    expect(graphChannels(graph)).toEqual(['email', 'sms', 'telegram']);
    expect(graphEventNames(graph)).toEqual(['cart_abandoned', 'order_paid']);
  });

  it('turns the form into the simulator input, skipping empty event rows', () => {
    const { input, problems } = buildSimulationInput(graph, contact, form({
      events: [{ key: 1, name: 'order_paid', properties: '{"total": 120}', after: '2 hours' }, { key: 2, name: '', properties: '', after: '' }],
      deliveries: [{ key: 3, channel: 'email', status: 'opened', after: 'PT1H' }, { key: 4, channel: '', status: 'delivered', after: '' }],
      segments: ['seg-1'], webhookStatus: '500',
    }));
    expect(problems).toEqual([]);
    expect(input).toEqual({
      graph, contact, startAt: new Date('2026-03-02T10:00').toISOString(),
      events: [{ name: 'order_paid', after: 'PT2H', properties: { total: 120 } }],
      deliveries: [{ status: 'opened', after: 'PT1H', channel: 'email' }, { status: 'delivered', after: 'PT0S' }],
      segments: ['seg-1'], webhookStatus: 500,
    });
  });

  it('says what to fix, row by row', () => {
    const { input, problems } = buildSimulationInput(graph, contact, form({
      startAt: '',
      events: [{ key: 1, name: '', properties: '[1]', after: 'soon' }, { key: 2, name: 'x', properties: '{', after: '' }],
      deliveries: [{ key: 3, channel: 'email', status: 'opened', after: '-1 h' }],
      webhookStatus: 'ok',
    }));
    expect(input).toBeNull();
    expect(problems).toEqual([
      'Start time: pick a date and time.',
      'Event 1: give it a name.',
      'Event 1: "soon" is not a duration (try "2 hours", "1 day 3 h" or PT2H).',
      'Event 1: properties must be a JSON object, like {"total": 120}.',
      'Event 2: properties are not valid JSON.',
      'Delivery 1: "-1 h" is not a duration (try "2 hours", "1 day 3 h" or PT2H).',
      'Webhook answer: an HTTP status, 100 to 599.',
    ]);
  });

  it('runs: the scripted purchase takes the wait\'s event handle and converts', async () => {
    const { input } = buildSimulationInput(graph, contact, form({ events: [{ key: 1, name: 'order_paid', properties: '', after: '3 h' }] }));
    const result = await simulate(input!);
    expect(toPathHighlight(result.trace).edges).toEqual(['start.next', 'bought.event']);
    expect(result.trace.some((entry) => entry.kind === 'converted')).toBe(true);
  });

  it('formats a datetime-local value to the minute', () => {
    expect(localInputValue(new Date(2026, 2, 2, 9, 5, 30))).toBe('2026-03-02T09:05');
  });
});
