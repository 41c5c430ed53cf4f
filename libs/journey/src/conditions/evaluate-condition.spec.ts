import type { Condition } from './condition.types';
import { contactSubject, evaluateCondition, type ConditionContext } from './evaluate-condition';

const now = '2026-03-31T12:00:00.000Z';
const context = (overrides: Partial<ConditionContext> = {}): ConditionContext => ({
  subject: contactSubject({
    id: 'c1', email: 'anna@example.com', timezone: 'Europe/Moscow', tags: ['vip'],
    attributes: { city: 'Kazan', orders: 3, birthday: '1990-05-01', address: { zip: '420000' } },
  }),
  events: [
    { name: 'purchase', occurredAt: '2026-03-25T10:00:00.000Z', properties: { category: 'mattress', amount: 30_000 } },
    { name: 'purchase', occurredAt: '2026-02-01T10:00:00.000Z', properties: { category: 'pillow', amount: 2_000 } },
    { name: 'purchase', occurredAt: '2026-04-02T10:00:00.000Z', properties: { category: 'cover' } }, // in the future: ignored
  ],
  segments: new Set(['rfm-1-1-1']),
  now,
  ...overrides,
});
const holds = (condition: Condition, overrides?: Partial<ConditionContext>) => evaluateCondition(condition, context(overrides));

describe('evaluateCondition', () => {
  it.each<[Condition, boolean]>([
    [{ attribute: 'city', op: 'eq', value: 'kazan' }, true], // text compares without case
    [{ attribute: 'city', op: 'neq', value: 'Moscow' }, true],
    [{ attribute: 'orders', op: 'gte', value: 3 }, true],
    [{ attribute: 'orders', op: 'gt', value: '3' }, false],
    [{ attribute: 'birthday', op: 'lt', value: '2000-01-01' }, true], // ISO dates compare as dates
    [{ attribute: 'city', op: 'in', value: ['Kazan', 'Ufa'] }, true],
    [{ attribute: 'city', op: 'not_in', value: ['Kazan'] }, false],
    [{ attribute: 'email', op: 'contains', value: '@EXAMPLE' }, true],
    [{ attribute: 'tags', op: 'contains', value: 'vip' }, true],
    [{ attribute: 'email', op: 'starts_with', value: 'anna' }, true],
    [{ attribute: 'address.zip', op: 'eq', value: '420000' }, true],
    [{ attribute: 'phone', op: 'exists' }, false],
    [{ attribute: 'phone', op: 'not_exists' }, true],
    [{ attribute: 'city', op: 'gt', value: 5 }, false], // not comparable: false, never an error
    [{ attribute: 'constructor', op: 'exists' }, false], // only own properties are read
  ])('%j → %s', (condition, expected) => {
    expect(holds(condition)).toBe(expected);
  });

  it('combines with all, any and not', () => {
    expect(holds({ all: [{ attribute: 'city', op: 'eq', value: 'Kazan' }, { inSegment: 'rfm-1-1-1' }] })).toBe(true);
    expect(holds({ any: [{ attribute: 'city', op: 'eq', value: 'Ufa' }, { inSegment: 'lost' }] })).toBe(false);
    expect(holds({ not: { inSegment: 'lost' } })).toBe(true);
  });

  it('counts events in a window, filtered by their properties, and ignores future ones', () => {
    expect(holds({ event: 'purchase', within: 'P30D' })).toBe(true);
    expect(holds({ event: 'purchase', within: 'P30D', count: { op: 'gte', value: 2 } })).toBe(false);
    expect(holds({ event: 'purchase', count: { op: 'eq', value: 2 } })).toBe(true);
    // "bought a mattress, no cover within 30 days"
    const mattressNoCover: Condition = {
      all: [
        { event: 'purchase', within: 'P30D', where: { attribute: 'category', op: 'eq', value: 'mattress' } },
        { not: { event: 'purchase', within: 'P30D', where: { attribute: 'category', op: 'eq', value: 'cover' } } },
      ],
    };
    expect(holds(mattressNoCover)).toBe(true);
  });

  it('aggregates a numeric property over the matching events, leaving out non-numbers', () => {
    expect(holds({ event: 'purchase', aggregate: { fn: 'avg', property: 'amount', op: 'eq', value: 16_000 } })).toBe(true);
    expect(holds({ event: 'purchase', aggregate: { fn: 'sum', property: 'amount', op: 'gt', value: 32_000 } })).toBe(false);
    expect(holds({ event: 'purchase', aggregate: { fn: 'min', property: 'amount', op: 'eq', value: 2_000 } })).toBe(true);
    expect(holds({ event: 'purchase', within: 'P30D', aggregate: { fn: 'max', property: 'amount', op: 'eq', value: 30_000 } })).toBe(true);
    // no numeric values at all: false whatever the comparison
    expect(holds({ event: 'purchase', aggregate: { fn: 'sum', property: 'category', op: 'gte', value: 0 } })).toBe(false);
  });

  it('takes a window in the past in calendar months: 11 months ago, give or take 3 days', () => {
    const insurance = (occurredAt: string) => holds(
      { event: 'insurance', ago: 'P11M', tolerance: 'P3D' },
      { events: [{ name: 'insurance', occurredAt }] },
    );
    expect(insurance('2025-04-30T12:00:00.000Z')).toBe(true); // 31 March − 11 months = 30 April, not 330 days
    expect(insurance('2025-04-27T12:00:00.000Z')).toBe(true);
    expect(insurance('2025-04-27T11:59:59.000Z')).toBe(false);
    expect(insurance('2025-05-03T12:00:00.000Z')).toBe(true);
    expect(insurance('2025-05-04T10:00:00.000Z')).toBe(false);
  });

  it('reads messages by channel, furthest status and send time, and refuses without them', () => {
    const messages = [
      { channel: 'email', status: 'clicked', sentAt: '2026-03-01T10:00:00.000Z' },
      { channel: 'email', status: 'delivered', sentAt: '2026-03-20T10:00:00.000Z' },
      { channel: 'sms', status: 'opened', sentAt: null },
    ];
    const opened = { message: { channel: 'email', status: 'opened', within: 'P90D' } } as const;
    expect(holds(opened, { messages })).toBe(true); // a click implies an open
    expect(holds({ message: { channel: 'email', status: 'opened', within: 'P14D' } }, { messages })).toBe(false);
    expect(holds({ message: { channel: 'sms' } }, { messages })).toBe(false); // never sent
    expect(holds({ message: { count: { op: 'eq', value: 2 } } }, { messages })).toBe(true);
    expect(() => holds(opened)).toThrow(/segments only/);
  });

  it.each<[unknown, unknown, boolean]>([
    ['12.5', 12, true], ['0x20', 1, false], [' 12', 1, false], ['1e3', 999, true],
    ['2026-02-30', '2026-01-01', false], // not a calendar date: not comparable
    ['2026-03-01T10:00', '2026-03-01T09:30:00+00:00', true], // no zone means UTC
    ['2026-03-01T10:00:00+03:00', '2026-03-01T08:00:00Z', false],
    [true, 0, false],
  ])('orders %j against %j as numbers or dates: gt is %s', (actual, expected, result) => {
    expect(holds({ attribute: 'x', op: 'gt', value: expected }, { subject: { x: actual } })).toBe(result);
  });
});
