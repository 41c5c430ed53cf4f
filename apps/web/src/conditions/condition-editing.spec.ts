/// <reference types="jest" />
import type { Condition } from '@cascade/journey';
import {
  addAt, changeOp, getAt, moveAt, newCondition, parseConditionJson, removeAt, replaceAt, setGroupKind, summarizeCondition, textToValue,
  toggleGroupKind, toggleNot, valueShape, valueToText, withinDepth,
} from './condition-editing';

const city: Condition = { attribute: 'city', op: 'eq', value: 'Kazan' };
const bought: Condition = { event: 'purchase', within: 'P30D', count: { op: 'gte', value: 2 }, where: { attribute: 'category', op: 'eq', value: 'mattress' } };
const root: Condition = { all: [city, { any: [{ inSegment: 's1' }, { not: { attribute: 'vip', op: 'exists' } }] }, bought] };

describe('condition editing', () => {
  it('reads by path', () => {
    expect(getAt(root, [])).toBe(root);
    expect(getAt(root, [0])).toBe(city);
    expect(getAt(root, [1, 1, 'not'])).toEqual({ attribute: 'vip', op: 'exists' });
    expect(getAt(root, [2, 'where'])).toEqual({ attribute: 'category', op: 'eq', value: 'mattress' });
    expect(getAt(root, [5])).toBeUndefined();
  });

  it('replaces immutably', () => {
    const before = JSON.stringify(root);
    const next = replaceAt(root, [1, 0], { inSegment: 's2' });
    expect(getAt(next, [1, 0])).toEqual({ inSegment: 's2' });
    expect(getAt(next, [0])).toBe(city);
    expect(JSON.stringify(root)).toBe(before);
    expect(replaceAt(root, [], city)).toBe(city);
    expect(getAt(replaceAt(root, [2, 'where'], city), [2, 'where'])).toBe(city);
  });

  it('removes from groups, a not with its inner condition, and a where', () => {
    expect(groupItemsCount(removeAt(root, [0]))).toBe(2);
    expect(getAt(removeAt(root, [1, 1, 'not']), [1])).toEqual({ any: [{ inSegment: 's1' }] });
    expect(getAt(removeAt(root, [2, 'where']), [2])).toEqual({ event: 'purchase', within: 'P30D', count: { op: 'gte', value: 2 } });
    expect(removeAt(root, [])).toBeUndefined();
  });

  it('adds to groups, making a group of a single condition', () => {
    expect(addAt(undefined, [], city)).toEqual({ all: [city] });
    expect(addAt(city, [], bought)).toEqual({ all: [city, bought] });
    expect(groupItemsCount(getAt(addAt(root, [1], city), [1]))).toBe(3);
  });

  it('switches all/any, negates and moves', () => {
    expect(toggleGroupKind(root, [])).toHaveProperty('any');
    expect(getAt(toggleGroupKind(root, [1]), [1])).toHaveProperty('all');
    expect(setGroupKind(root, [], 'all')).toBe(root);
    expect(getAt(toggleNot(root, [0]), [0])).toEqual({ not: city });
    expect(getAt(toggleNot(toggleNot(root, [0]), [0]), [0])).toEqual(city);
    expect(getAt(moveAt(root, [], 0, 1), [1])).toBe(city);
    expect(moveAt(root, [], 0, -1)).toEqual(root);
  });

  it('caps nesting at 8', () => {
    let deep: Condition = city;
    for (let level = 1; level < 8; level += 1) deep = { not: deep };
    expect(withinDepth(deep)).toBe(true);
    expect(withinDepth({ not: deep })).toBe(false);
  });

  it('types values by operator', () => {
    expect(valueShape('exists')).toBe('none');
    expect(valueShape('in')).toBe('list');
    expect(valueShape('gte')).toBe('number');
    expect(textToValue('in', 'Kazan, Moscow, 5')).toEqual(['Kazan', 'Moscow', 5]);
    expect(textToValue('gt', '12.5')).toBe(12.5);
    expect(textToValue('gt', '2026-03-01')).toBe('2026-03-01');
    expect(textToValue('eq', '42')).toBe('42');
    expect(valueToText(['a', 'b'])).toBe('a, b');
    expect(changeOp({ attribute: 'city', op: 'eq', value: 'Kazan' }, 'in')).toEqual({ attribute: 'city', op: 'in', value: ['Kazan'] });
    expect(changeOp({ attribute: 'city', op: 'in', value: ['Kazan', 'Ufa'] }, 'eq')).toEqual({ attribute: 'city', op: 'eq', value: 'Kazan' });
    expect(changeOp({ attribute: 'city', op: 'eq', value: 'Kazan' }, 'exists')).toEqual({ attribute: 'city', op: 'exists' });
    expect(changeOp({ attribute: 'age', op: 'eq', value: '30' }, 'gte')).toEqual({ attribute: 'age', op: 'gte', value: 30 });
  });

  it('summarises in words', () => {
    expect(summarizeCondition({ all: [city, bought] })).toBe('city = Kazan and purchase where category = mattress ≥ 2 times in 30 days');
    expect(summarizeCondition(root, [{ id: 's1', name: 'VIP' }])).toBe(
      'city = Kazan and (in segment VIP or not (vip is set)) and purchase where category = mattress ≥ 2 times in 30 days',
    );
    expect(summarizeCondition({ attribute: 'city', op: 'in', value: ['Kazan', 'Ufa'] })).toBe('city is one of Kazan, Ufa');
    expect(summarizeCondition(undefined)).toBe('always');
    expect(summarizeCondition({ event: 'open', count: { op: 'eq', value: 1 } })).toBe('open = 1 time');
  });

  it('parses JSON with readable errors', () => {
    expect(parseConditionJson('{"attribute":"city","op":"eq","value":"Kazan"}')).toEqual({ condition: city });
    expect(parseConditionJson('{"attribute":')).toHaveProperty('error', expect.stringMatching(/^Not JSON/));
    expect(parseConditionJson('{"all":[]}')).toEqual({ error: 'condition.all: must be a non-empty list' });
    expect(parseConditionJson('{"all":[{"attribute":"a","op":"like"}]}')).toHaveProperty('error', expect.stringContaining('condition.all[0].op'));
    expect(parseConditionJson('{"message":{}}')).toHaveProperty('error');
    expect(parseConditionJson('{"message":{}}', { allowMessage: true })).toEqual({ condition: { message: {} } });
    expect(parseConditionJson('{"foo":1}')).toHaveProperty('error');
  });

  it('creates fresh conditions', () => {
    expect(newCondition('segment', [{ id: 's9' }])).toEqual({ inSegment: 's9' });
    expect(newCondition('group')).toHaveProperty('all');
  });
});

function groupItemsCount(condition: Condition | undefined): number {
  if (!condition) return -1;
  return 'all' in condition ? condition.all.length : 'any' in condition ? condition.any.length : -1;
}
