import { HttpException } from '@nestjs/common';
import { parseJsonBody } from './json-body';
import { MAX_JSON_DEPTH, scanJsonText } from './json-text-scan';
import { decodeTextBody } from './text-body';

/** The 400's details: where and why. */
function refusal(run: () => unknown): { status: number; path: string; code: string } {
  try {
    run();
  } catch (error) {
    const response = (error as HttpException).getResponse() as { details: Array<{ path: string; code: string }> };
    return { status: (error as HttpException).getStatus(), path: response.details[0].path, code: response.details[0].code };
  }
  throw new Error('not refused');
}

const bytes = (text: string) => Buffer.from(text, 'utf8');
const nested = (levels: number, inner = '1') => '{"a":'.repeat(levels - 1) + `[${inner}]` + '}'.repeat(levels - 1);

describe('JSON bodies', () => {
  it('parses what JSON.parse parses, an empty body as {}', () => {
    expect(parseJsonBody(bytes('{"a":[1,"x",{"b":null}],"é":"😀"}'))).toEqual({ a: [1, 'x', { b: null }], é: '😀' });
    expect(parseJsonBody(bytes('\uFEFF[1]'))).toEqual([1]);
    expect(parseJsonBody(Buffer.alloc(0))).toEqual({});
  });

  it(`refuses nesting past ${MAX_JSON_DEPTH} levels, naming the field, at any depth without overflowing`, () => {
    expect(parseJsonBody(bytes(nested(MAX_JSON_DEPTH)))).toBeDefined();
    expect(refusal(() => parseJsonBody(bytes(nested(MAX_JSON_DEPTH + 1))))).toEqual({ status: 400, path: expect.stringMatching(/^a\.a\.a/), code: 'too_deep' });
    const huge = `{"name":"x","properties":{"p":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    expect(refusal(() => parseJsonBody(bytes(huge)))).toMatchObject({ path: expect.stringMatching(/^properties\.p\[0\]\[0\]/), code: 'too_deep' });
    // Brackets inside strings are text, not nesting.
    expect(parseJsonBody(bytes(JSON.stringify({ s: '['.repeat(1000), 'k[': '{' })))).toEqual({ s: '['.repeat(1000), 'k[': '{' });
  });

  it('refuses lone surrogates in values and keys, naming the field', () => {
    expect(refusal(() => parseJsonBody(bytes('{"properties":{"p":"a\\ud800b"}}')))).toEqual({ status: 400, path: 'properties.p', code: 'invalid_unicode' });
    expect(refusal(() => parseJsonBody(bytes('{"events":[{"n":1},{"tags":["ok","\\udc00"]}]}')))).toMatchObject({ path: 'events[1].tags[1]' });
    expect(refusal(() => parseJsonBody(bytes('{"a":{"\\udbff":1}}')))).toMatchObject({ code: 'invalid_unicode' });
    expect(parseJsonBody(bytes('{"pair":"\\ud83d\\ude00"}'))).toEqual({ pair: '😀' });
  });

  it('refuses bytes that are not UTF-8 (overlong, surrogate, stray), naming the field', () => {
    for (const bad of [[0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf4, 0x90, 0x80, 0x80]]) {
      const body = Buffer.concat([bytes('{"ok":"é","attributes":{"city":"K'), Buffer.from(bad), bytes('n"}}')]);
      expect(refusal(() => parseJsonBody(body))).toEqual({ status: 400, path: 'attributes.city', code: 'invalid_utf8' });
    }
  });

  it('refuses __proto__, constructor and prototype keys anywhere, which would turn into a prototype or be stripped', () => {
    expect(refusal(() => parseJsonBody(bytes('{"__proto__":{"admin":true}}')))).toEqual({ status: 400, path: '__proto__', code: 'forbidden_key' });
    expect(refusal(() => parseJsonBody(bytes('{"a":[{"b":{"__proto__":1}}]}')))).toMatchObject({ path: 'a[0].b.__proto__' });
    expect(refusal(() => parseJsonBody(bytes('{"attributes":{"constructor":1}}')))).toMatchObject({ path: 'attributes.constructor', code: 'forbidden_key' });
    expect(refusal(() => parseJsonBody(bytes('{"a":{"prototype":1}}')))).toMatchObject({ path: 'a.prototype' });
    expect(parseJsonBody(bytes('{"toString":{"valueOf":1},"proto":"__proto__","c":"constructor"}'))).toEqual({ toString: { valueOf: 1 }, proto: '__proto__', c: 'constructor' });
  });

  it('refuses numbers past a double, which JSON.parse reads as Infinity', () => {
    expect(refusal(() => parseJsonBody(bytes('{"properties":{"amount":1e309}}')))).toEqual({ status: 400, path: 'properties.amount', code: 'number_out_of_range' });
    expect(refusal(() => parseJsonBody(bytes('[-1e400]')))).toMatchObject({ path: '[0]' });
    expect(parseJsonBody(bytes('{"max":1.7976931348623157e308,"tiny":1e-400}'))).toEqual({ max: Number.MAX_VALUE, tiny: 0 });
  });

  it('refuses malformed JSON and a bare scalar', () => {
    expect(refusal(() => parseJsonBody(bytes('{"a":')))).toMatchObject({ path: 'body', code: 'invalid_json' });
    expect(refusal(() => parseJsonBody(bytes('"text"')))).toMatchObject({ path: 'body', code: 'invalid_json' });
  });

  it('names the position of a character offset', () => {
    const text = '{"a":[{"b":"xyz"},{"c":"q"}]}';
    expect(scanJsonText(text, { maxDepth: 64, offset: text.indexOf('q') })).toEqual({ reason: 'offset', path: 'a[1].c' });
    expect(scanJsonText(text, { maxDepth: 64, offset: text.indexOf('"c"') + 1 })).toEqual({ reason: 'offset', path: 'a[1].c' });
  });
});

describe('CSV bodies', () => {
  it('decodes UTF-8 and declared charsets strictly, naming the line of a bad byte', () => {
    expect(decodeTextBody(bytes('externalId\nü'), 'text/csv')).toBe('externalId\nü');
    expect(decodeTextBody(Buffer.from([0x41, 0xe9]), 'text/csv; charset=windows-1252')).toBe('Aé');
    const bad = Buffer.concat([bytes('externalId\na\n'), Buffer.from([0xff])]);
    expect(refusal(() => decodeTextBody(bad, 'text/csv'))).toEqual({ status: 400, path: 'body', code: 'invalid_utf8' });
    expect(refusal(() => decodeTextBody(bytes('a'), 'text/csv; charset=klingon'))).toMatchObject({ status: 415 });
  });
});
