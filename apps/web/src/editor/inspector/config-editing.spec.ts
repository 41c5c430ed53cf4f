/// <reference types="jest" />
import type { GraphProblem } from '@cascade/journey';
import {
  cascadeSummary, configPath, evenWeights, formatCommaList, generalProblems, idFromLabel, mergeSettings, messageSource, nextVariant,
  parseCommaList, parseJsonText, parseLoose, pickKeys, problemsAt, recordToRows, rowsToRecord, schemaKeys, toggleDay,
  triggerConfigFor, waitConfigFor, waitMode, weightSum, withKey, withMessageSource,
} from './config-editing';

const problem = (path: string, message = 'bad'): GraphProblem => ({ path, code: 'x', message, nodeId: 'n' });

describe('inspector config editing', () => {
  it('locates problems inside the config', () => {
    expect(configPath('nodes[3].config.duration')).toBe('duration');
    expect(configPath('nodes[3].config.steps[0].within')).toBe('steps[0].within');
    expect(configPath('nodes[3].config')).toBe('');
    expect(configPath('nodes[3]')).toBeNull();
    expect(configPath('edges[1].to')).toBeNull();
  });

  it('gives each field its problems, nested ones included unless exact', () => {
    const problems = [problem('nodes[1].config.steps[0].within'), problem('nodes[1].config.steps[0]'), problem('nodes[1].config.stepsX')];
    expect(problemsAt(problems, 'steps[0].within')).toHaveLength(1);
    expect(problemsAt(problems, 'steps[0]')).toHaveLength(2);
    expect(problemsAt(problems, 'steps[0]', true)).toHaveLength(1);
    expect(problemsAt(problems, 'steps')).toHaveLength(2);
  });

  it('keeps the problems no field shows for the top', () => {
    const problems = [problem('nodes[1]'), problem('nodes[1].config'), problem('nodes[1].config.duration'), problem('nodes[1].config.extra')];
    expect(generalProblems(problems, ['duration']).map((p) => p.path)).toEqual(['nodes[1]', 'nodes[1].config', 'nodes[1].config.extra']);
  });

  it('edits immutably', () => {
    const config = { a: 1, b: 2 };
    expect(withKey(config, 'a', undefined)).toEqual({ b: 2 });
    expect(withKey(config, 'c', 3)).toEqual({ a: 1, b: 2, c: 3 });
    expect(config).toEqual({ a: 1, b: 2 });
  });

  it('makes unique handle ids from labels', () => {
    expect(idFromLabel('Big spenders!', [])).toBe('big_spenders');
    expect(idFromLabel('Big spenders', ['big_spenders'])).toBe('big_spenders_2');
    expect(idFromLabel('Else', [])).toBe('else_2');
    expect(idFromLabel('Ñandú', [])).toBe('nandu');
    expect(idFromLabel('!!!', [], 'rule')).toBe('rule');
  });

  it('sums and spreads split weights', () => {
    expect(weightSum([{ weight: 33.3 }, { weight: 33.3 }, { weight: 33.4 }])).toBe(100);
    expect(weightSum([{ weight: 50 }, { weight: undefined }])).toBe(50);
    expect(evenWeights(3)).toEqual([34, 33, 33]);
    expect(evenWeights(2)).toEqual([50, 50]);
    expect(nextVariant(['a', 'b'])).toEqual({ id: 'c', label: 'C' });
  });

  it('reads comma lists and key/value rows', () => {
    expect(parseCommaList('vip, new ,, x')).toEqual(['vip', 'new', 'x']);
    expect(parseCommaList(' ')).toBeUndefined();
    expect(formatCommaList(['a', 'b'])).toBe('a, b');
    expect(parseLoose('42')).toBe(42);
    expect(parseLoose('true')).toBe(true);
    expect(parseLoose('Kazan')).toBe('Kazan');
    expect(parseLoose('{"a":1}')).toEqual({ a: 1 });
    const rows = recordToRows({ city: 'Kazan', age: 30, code: '42' });
    expect(rows).toEqual([{ key: 'city', value: 'Kazan' }, { key: 'age', value: '30' }, { key: 'code', value: '"42"' }]);
    expect(rowsToRecord(rows)).toEqual({ city: 'Kazan', age: 30, code: '42' });
    expect(rowsToRecord([{ key: ' ', value: 'x' }])).toBeUndefined();
    expect(rowsToRecord([{ key: 'X-Key', value: '42' }], false)).toEqual({ 'X-Key': '42' });
  });

  it('switches weekdays and wait modes', () => {
    expect(toggleDay(undefined, 3)).toEqual([3]);
    expect(toggleDay([1, 3], 3)).toEqual([1]);
    expect(toggleDay([5], 5)).toBeUndefined();
    expect(toggleDay([5], 1)).toEqual([1, 5]);
    expect(waitMode({ duration: 'P1D' })).toBe('duration');
    expect(waitMode({ untilLocalTime: '09:00' })).toBe('untilLocalTime');
    expect(waitMode({ untilAttribute: 'birthday' })).toBe('untilAttribute');
    expect(waitConfigFor('untilLocalTime')).toEqual({ untilLocalTime: '09:00' });
  });

  it('switches trigger kinds keeping what fits', () => {
    expect(triggerConfigFor('segment_entry', { kind: 'broadcast', segmentId: 's1', at: 'x' })).toEqual({ kind: 'segment_entry', segmentId: 's1' });
    expect(triggerConfigFor('api', { kind: 'event', event: 'x' })).toEqual({ kind: 'api' });
    expect(triggerConfigFor('event', { kind: 'api' })).toEqual({ kind: 'event', event: '' });
  });

  it('merges channel settings back, keeping unknown keys', () => {
    const schema = { type: 'object', properties: { from: {}, replyTo: {} } };
    const config = { channel: 'email', templateId: 't', from: 'a@x', custom: 1 };
    expect(schemaKeys(schema)).toEqual(['from', 'replyTo']);
    expect(pickKeys(config, schemaKeys(schema))).toEqual({ from: 'a@x' });
    expect(mergeSettings(config, schemaKeys(schema), { replyTo: 'r@x', from: undefined })).toEqual({ channel: 'email', templateId: 't', custom: 1, replyTo: 'r@x' });
  });

  it('switches the message source, never both', () => {
    expect(messageSource({ templateId: 't' })).toBe('template');
    expect(messageSource({ content: { body: 'x' } })).toBe('content');
    expect(withMessageSource({ channel: 'email', templateId: 't' }, 'content', 'email')).toEqual({ channel: 'email', content: { subject: '', body: '' } });
    expect(withMessageSource({ channel: 'sms', content: { body: 'x' } }, 'template')).toEqual({ channel: 'sms', templateId: '' });
  });

  it('summarises a cascade', () => {
    const channels = [{ type: 'sms', label: 'SMS' }, { type: 'telegram', label: 'Telegram' }];
    expect(cascadeSummary([{ channel: 'email' }, { channel: 'sms' }, { channel: 'telegram' }], channels)).toBe('email → SMS → Telegram');
  });

  it('parses a JSON body as typed', () => {
    expect(parseJsonText('')).toEqual({ value: undefined });
    expect(parseJsonText('{"a": 1}')).toEqual({ value: { a: 1 } });
    expect(parseJsonText('{"a": ')).toHaveProperty('error');
  });
});
