import { badInput } from './input-error';
import { MAX_JSON_DEPTH, scanJsonText } from './json-text-scan';
import { refusedJsonValue } from './refused-json-value';
import { decodeUtf8 } from './utf8';

/**
 * A JSON body from its exact bytes, checked before anything is built from it: strict UTF-8, at most
 * MAX_JSON_DEPTH levels, an object or array at the top (as body-parser's strict mode), then none of
 * what refused-json-value.ts lists (lone surrogates, `__proto__`/`constructor`/`prototype` keys, numbers past a double).
 * Each refusal is a 400 naming the field. An empty body is `{}`.
 */
export function parseJsonBody(bytes: Uint8Array): unknown {
  if (bytes.length === 0) return {};
  const { text, invalidAt } = decodeUtf8(bytes);
  if (invalidAt !== null) {
    const path = scanJsonText(text, { maxDepth: MAX_JSON_DEPTH, offset: invalidAt })?.path ?? 'body';
    throw badInput('The body is not valid UTF-8', path, 'invalid_utf8', `${path} holds bytes that are not valid UTF-8`);
  }
  const tooDeep = scanJsonText(text, { maxDepth: MAX_JSON_DEPTH });
  if (tooDeep) {
    throw badInput(`The body nests objects and arrays deeper than ${MAX_JSON_DEPTH} levels`, tooDeep.path, 'too_deep',
      `${tooDeep.path} is nested deeper than ${MAX_JSON_DEPTH} levels`);
  }
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') throw badInput('The body must be a JSON object or array', 'body', 'invalid_json', 'body must be a JSON object or array');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw badInput(`The body is not valid JSON: ${(error as Error).message}`, 'body', 'invalid_json', (error as Error).message);
  }
  const refused = refusedJsonValue(value);
  if (refused) throw badInput(refused.message, refused.path, refused.code, refused.message);
  return value;
}
