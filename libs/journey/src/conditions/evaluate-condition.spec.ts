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
});
