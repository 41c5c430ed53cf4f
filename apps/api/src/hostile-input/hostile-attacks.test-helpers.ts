import type { Endpoint } from './hostile-endpoints.test-helpers';
import { forged, type IdKind, type Workspace } from './hostile-fixtures.test-helpers';
import { deepArrayText, json, splice, withField, type JsonObject, type Row, type Workspaces } from './hostile-rows.test-helpers';
import type { RawRequest } from './raw-http.test-helpers';

const ID_KINDS: readonly IdKind[] = ['workspace', 'contact', 'journey', 'enrollment', 'template', 'segment', 'import', 'message'];
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** Changes to an endpoint's valid request; anything left out stays valid. */
interface Variant {
  /** Whose ids fill the path. */
  idsOf?: 'own' | 'other';
  /** Path parameters as sent (already percent-encoded). */
  params?: Record<string, string>;
  query?: Record<string, string | string[] | undefined>;
  /** Appended to the query as is. */
  rawQuery?: string;
  /** The Authorization header; null sends none. */
  authorization?: string | null;
  /** The body's bytes; null sends none. */
  body?: Buffer | ((workspaces: Workspaces) => Buffer) | null;
  /** null sends no Content-Type. */
  contentType?: string | null;
  /** Extra headers (an Idempotency-Key, say). */
  headers?: Record<string, string>;
}

/** Every hostile row of an endpoint: each attack generator below applied where it fits. */
export function hostileRows(endpoint: Endpoint): Row[] {
  return [
    ...authRows(endpoint), ...urlRows(endpoint), ...paramRows(endpoint), ...crossWorkspaceRows(endpoint), ...bodyParserRows(endpoint),
    ...bodyFieldRows(endpoint), ...contentTypeRows(endpoint), ...csvRows(endpoint), ...pageRows(endpoint), ...integerRows(endpoint),
    ...queryDtoRows(endpoint), ...(endpoint.rows ?? []).map((spec) => row(endpoint, spec.name, spec.status, spec.names, {
      query: spec.query, body: spec.body && ((workspaces: Workspaces) => json(spec.body?.(workspaces))), headers: spec.headers,
    })),
  ];
}

function row(endpoint: Endpoint, attack: string, status: number, names: string | undefined, variant: Variant = {}): Row {
  return { name: `${endpoint.route}: ${attack}`, status, names, request: (workspaces) => requestOf(endpoint, workspaces, variant) };
}

const methodOf = (endpoint: Endpoint) => endpoint.route.split(' ')[0];
const readsBody = (endpoint: Endpoint) => ['POST', 'PUT', 'PATCH'].includes(methodOf(endpoint));
const paramNames = (endpoint: Endpoint) => [...endpoint.route.matchAll(/:(\w+)/g)].map((match) => match[1]);
const isIdKind = (fill: unknown): fill is IdKind => typeof fill === 'string' && (ID_KINDS as readonly string[]).includes(fill);
/** The endpoint's valid JSON body, or `{}` for endpoints that read none. */
const baseBody = (endpoint: Endpoint, workspaces: Workspaces): JsonObject => endpoint.body?.(workspaces.own) ?? {};

function requestOf(endpoint: Endpoint, workspaces: Workspaces, variant: Variant): RawRequest {
  const [method, route] = endpoint.route.split(' ');
  const ids: Workspace = variant.idsOf === 'other' ? workspaces.other : workspaces.own;
  const path = route.replace(/:(\w+)/g, (_, name: string) => variant.params?.[name] ?? encodeURIComponent(fill(endpoint, name, ids)));
  const query = { ...endpoint.query, ...variant.query };
  const pairs = Object.entries(query).flatMap(([name, value]) =>
    value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((item) => `${encodeURIComponent(name)}=${encodeURIComponent(item)}`));
  if (variant.rawQuery) pairs.push(variant.rawQuery);
  const headers: Record<string, string> = { ...variant.headers };
  const authorization = variant.authorization === undefined ? (endpoint.public ? null : `Bearer ${workspaces.own.apiKey}`) : variant.authorization;
  if (authorization !== null) headers.Authorization = authorization;
  const body = typeof variant.body === 'function' ? variant.body(workspaces)
    : variant.body !== undefined ? variant.body
      : endpoint.body ? json(endpoint.body(workspaces.own)) : endpoint.csv !== undefined ? Buffer.from(endpoint.csv) : null;
  const contentType = variant.contentType !== undefined ? variant.contentType : endpoint.csv !== undefined ? 'text/csv' : 'application/json';
  if (body !== null && contentType !== null) headers['Content-Type'] = contentType;
  return { method, path: pairs.length ? `${path}?${pairs.join('&')}` : path, headers, body: body ?? undefined };
}

function fill(endpoint: Endpoint, name: string, workspace: Workspace): string {
  const how = endpoint.params?.[name];
  if (how === undefined) throw new Error(`${endpoint.route}: say how to fill :${name}`);
  if (isIdKind(how)) return workspace.ids[how];
  return 'token' in how ? workspace.tokens[how.token] : how.fixed;
}

/** Missing, malformed, mixed-case and extra-token Authorization headers: 401 before anything else. */
function authRows(endpoint: Endpoint): Row[] {
  if (endpoint.public) return [];
  const key = (workspaces: Workspaces) => workspaces.own.apiKey;
  const variants: Array<[string, (workspaces: Workspaces) => string | null]> = [
    ['no Authorization header', () => null],
    ['a junk token after the key', (w) => `Bearer ${key(w)} junk`],
    ['the scheme in lower case', (w) => `bearer ${key(w)}`],
    ['Basic instead of Bearer', (w) => `Basic ${key(w)}`],
  ];
  if (endpoint.route === 'GET /api/v1/workspace') {
    variants.push(
      ['Bearer without a key', () => 'Bearer'], ['two spaces before the key', (w) => `Bearer  ${key(w)}`], ['a tab before the key', (w) => `Bearer\t${key(w)}`],
      ['the key without a scheme', (w) => key(w)], ['the scheme in upper case', (w) => `BEARER ${key(w)}`], ['a character added to the key', (w) => `Bearer ${key(w)}x`],
      ['the key twice, comma-separated', (w) => `Bearer ${key(w)}, Bearer ${key(w)}`], ['SQL as the key', () => "Bearer ' OR '1'='1"],
      ['the other workspace\'s key cut short', (w) => `Bearer ${w.other.apiKey.slice(0, -4)}`], ['a Latin-1 key', () => 'Bearer csk_\u00ff\u00e9'],
    );
  }
  return variants.map(([attack, authorization]) => ({
    name: `${endpoint.route}: ${attack}`, status: 401,
    request: (workspaces: Workspaces) => requestOf(endpoint, workspaces, { authorization: authorization(workspaces) }),
  }));
}

/** Percent-escapes that are no UTF-8, in the query and in each path parameter: 400 before routing. */
function urlRows(endpoint: Endpoint): Row[] {
  const rows = [
    row(endpoint, 'a query value %FF', 400, 'x', { rawQuery: 'x=%FF' }),
    row(endpoint, 'a query name that is a UTF-8 encoded surrogate', 400, 'query', { rawQuery: '%ED%A0%80=1' }),
    row(endpoint, 'a malformed escape %zz in the query', 400, 'x', { rawQuery: 'x=%zz' }),
  ];
  for (const name of paramNames(endpoint)) {
    rows.push(
      row(endpoint, `:${name} with %FF`, 400, 'path', { params: { [name]: '%FF' } }),
      row(endpoint, `:${name} with a UTF-8 encoded surrogate`, 400, 'path', { params: { [name]: '%ED%A0%80' } }),
      row(endpoint, `:${name} with an overlong slash`, 400, 'path', { params: { [name]: '%C0%AF' } }),
    );
  }
  return rows;
}

/** Ids that are no UUID (400 naming the parameter) or nobody's (404); forged links and unknown channel types (404). */
function paramRows(endpoint: Endpoint): Row[] {
  return paramNames(endpoint).flatMap((name) => {
    const how = endpoint.params?.[name];
    if (how === 'message') {
      // Message ids are text (`<enrollment>:<node>:<step>:<visit>`), not UUIDs: anything else names no message.
      return [
        row(endpoint, `:${name} not a message id`, 404, undefined, { params: { [name]: 'not-a-message' } }),
        row(endpoint, `:${name} SQL`, 404, undefined, { params: { [name]: encodeURIComponent("1' OR '1'='1") } }),
        row(endpoint, `:${name} nobody's message`, 404, undefined, { params: { [name]: `${UNKNOWN_ID}:hello:0:0` } }),
      ];
    }
    if (isIdKind(how)) {
      return [
        row(endpoint, `:${name} not a UUID`, 400, name, { params: { [name]: 'not-a-uuid' } }),
        row(endpoint, `:${name} SQL`, 400, name, { params: { [name]: encodeURIComponent("1' OR '1'='1") } }),
        row(endpoint, `:${name} a path climbing out`, 400, name, { params: { [name]: encodeURIComponent('../../workspace') } }),
        row(endpoint, `:${name} nobody's UUID`, endpoint.crossStatus ?? 404, undefined, { params: { [name]: UNKNOWN_ID } }),
      ];
    }
    if (how && 'token' in how) {
      return [
        { name: `${endpoint.route}: a forged link`, status: 404, request: (w) => requestOf(endpoint, w, { params: { [name]: encodeURIComponent(forged(w.own.tokens[how.token])) } }) },
        row(endpoint, 'SQL as the link', 404, undefined, { params: { [name]: encodeURIComponent("x' OR '1'='1") } }),
        row(endpoint, 'a link of 4,000 characters', 404, undefined, { params: { [name]: 'a'.repeat(4_000) } }),
      ];
    }
    return [
      row(endpoint, `:${name} an unknown channel`, 404, undefined, { params: { [name]: 'pigeon' } }),
      row(endpoint, `:${name} SQL`, 404, undefined, { params: { [name]: encodeURIComponent("email' OR '1'='1") } }),
    ];
  });
}

/** Every id in the path another workspace's, with a valid request otherwise: as if it did not exist, and nothing touched. */
function crossWorkspaceRows(endpoint: Endpoint): Row[] {
  if (!Object.values(endpoint.params ?? {}).some(isIdKind)) return [];
  return [row(endpoint, 'the other workspace\'s ids in the path', endpoint.crossStatus ?? 404, undefined, { idsOf: 'other' })];
}

/** What the JSON parser refuses before anything is built: every POST, PUT and PATCH, whether or not it reads a body. */
function bodyParserRows(endpoint: Endpoint): Row[] {
  if (!readsBody(endpoint) || endpoint.csv !== undefined) return [];
  const objects = endpoint.objects?.length ? endpoint.objects : ['deep'];
  const strings = endpoint.strings?.length ? endpoint.strings : ['note'];
  const spliced = (path: string, raw: Buffer | string) => (w: Workspaces) => splice(baseBody(endpoint, w), path, raw);
  return [
    ...objects.map((field) => row(endpoint, `${field} nested 100,000 levels`, 400, field, { body: spliced(field, deepArrayText(100_000)) })),
    row(endpoint, 'a field nested 65 levels', 400, 'deep', { body: spliced('deep', deepArrayText(65)) }),
    row(endpoint, 'brackets only, 100,000 deep', 400, undefined, { body: Buffer.from(deepArrayText(100_000)) }),
    ...strings.map((field) => row(endpoint, `a lone surrogate in ${field}`, 400, field, { body: (w) => json(withField(baseBody(endpoint, w), field, 'a\ud800b')) })),
    ...strings.map((field) => row(endpoint, `invalid UTF-8 in ${field}`, 400, field, { body: spliced(field, Buffer.from([0x22, 0x61, 0xff, 0x62, 0x22])) })),
    row(endpoint, `an overlong UTF-8 sequence in ${strings[0]}`, 400, strings[0], { body: spliced(strings[0], Buffer.from([0x22, 0xc0, 0xaf, 0x22])) }),
    row(endpoint, `a CESU-8 surrogate in ${strings[0]}`, 400, strings[0], { body: spliced(strings[0], Buffer.from([0x22, 0xed, 0xa0, 0x80, 0x22])) }),
    row(endpoint, 'a lone surrogate in a key', 400, undefined, { body: (w) => json({ ...baseBody(endpoint, w), 'k\udc00': 1 }) }),
    row(endpoint, `a number past a double inside ${objects[0]}`, 400, `${objects[0]}.amount`, { body: spliced(objects[0], '{"amount":1e309}') }),
    row(endpoint, 'malformed JSON', 400, 'body', { body: Buffer.from('{"a":') }),
    row(endpoint, 'a JSON string as the body', 400, 'body', { body: Buffer.from('"text"') }),
    row(endpoint, 'JSON null as the body', 400, 'body', { body: Buffer.from('null') }),
    row(endpoint, 'a body over 5 MB', 413, undefined, { body: (w) => json({ ...baseBody(endpoint, w), padding: 'x'.repeat(5_300_000) }) }),
    row(endpoint, 'JSON declared as UTF-16', 415, 'Content-Type', { contentType: 'application/json; charset=utf-16', body: (w) => json(baseBody(endpoint, w)) }),
    row(endpoint, 'a __proto__ field', 400, '__proto__', { body: (w) => Buffer.from(JSON.stringify(baseBody(endpoint, w)).replace('{', '{"__proto__":{"polluted":true},').replace(',}', '}')) }),
    row(endpoint, `a __proto__ key inside ${objects[0]}`, 400, `${objects[0]}.__proto__`, { body: spliced(objects[0], '{"__proto__":{"polluted":true}}') }),
    row(endpoint, 'a field named constructor', 400, 'constructor', { body: (w) => json({ ...baseBody(endpoint, w), constructor: 1 }) }),
    row(endpoint, `a constructor key inside ${objects[0]}`, 400, `${objects[0]}.constructor`, { body: spliced(objects[0], '{"constructor":{"prototype":1}}') }),
    row(endpoint, `a prototype key inside ${objects[0]}`, 400, `${objects[0]}.prototype`, { body: spliced(objects[0], '{"prototype":1}') }),
  ];
}

/** Each text field NUL, each field of a wrong type or form, unknown fields, an array or `__proto__` for the body. */
function bodyFieldRows(endpoint: Endpoint): Row[] {
  if (!endpoint.body) return [];
  const refused = endpoint.anyMediaType ? 401 : 400; // provider callbacks: the signature fails first
  const body = (change: (body: JsonObject) => unknown) => (w: Workspaces) => json(change(baseBody(endpoint, w)));
  return [
    ...(endpoint.nul === false ? [] : endpoint.strings ?? [])
      .map((field) => row(endpoint, `a NUL character in ${field}`, refused, undefined, { body: body((b) => withField(b, field, 'a\u0000b')) })),
    ...(endpoint.wrong ?? []).map(([field, value, status, names]) =>
      row(endpoint, `${field} = ${JSON.stringify(value).slice(0, 40)}`, status ?? refused, status === 401 || names === '' ? undefined : (names ?? field), { body: body((b) => withField(b, field, value)) })),
    row(endpoint, 'an unknown field', refused, refused === 400 ? 'unexpected' : undefined, { body: body((b) => ({ ...b, unexpected: 1 })) }),
    ...['toString', 'valueOf'].map((name) =>
      row(endpoint, `a field named ${name}`, refused, refused === 400 ? name : undefined, { body: body((b) => ({ ...b, [name]: 1 })) })),
    row(endpoint, 'the body in an array', refused, undefined, { body: body((b) => [b]) }),
  ];
}

/** A body in a media type the endpoint does not read is a 415, never an empty object. */
function contentTypeRows(endpoint: Endpoint): Row[] {
  if (!readsBody(endpoint) || endpoint.anyMediaType) return [];
  const types: Array<[string | null, string]> = endpoint.csv !== undefined
    ? [['application/json', '{"externalId":"x"}'], ['application/xml', '<contacts/>'], [null, 'externalId\nx\n'], ['application/x-www-form-urlencoded', 'externalId=x']]
    : [['application/xml', '<contact><email>a@example.com</email></contact>'], ['text/plain', '{"note":"x"}'], ['application/x-www-form-urlencoded', 'email=a%40example.com'],
      ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="email"\r\n\r\na@example.com\r\n--x--\r\n'], [null, '{"note":"x"}'], ['text/csv', 'email\na@example.com\n'],
      ['application/octet-stream', '{"note":"x"}']];
  return types.map(([type, text]) => row(endpoint, `a body of ${type ?? 'no Content-Type'}`, 415, 'Content-Type', { contentType: type, body: Buffer.from(text) }));
}

/** CSV imports: bytes that are no UTF-8, unknown charsets, malformed files, no file. */
function csvRows(endpoint: Endpoint): Row[] {
  if (endpoint.csv === undefined) return [];
  return [
    row(endpoint, 'invalid UTF-8 in a row', 400, 'body', { body: Buffer.concat([Buffer.from('externalId\nok\nbad'), Buffer.from([0xff]), Buffer.from('\n')]) }),
    row(endpoint, 'a CESU-8 surrogate in a row', 400, 'body', { body: Buffer.concat([Buffer.from('externalId\n'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('\n')]) }),
    row(endpoint, 'an unknown charset', 415, 'Content-Type', { contentType: 'text/csv; charset=klingon' }),
    row(endpoint, 'an unterminated quote', 400, 'body', { body: Buffer.from('externalId,email\n"x,y@example.com\n') }),
    row(endpoint, 'no externalId column', 400, 'header.externalId', { body: Buffer.from('email\na@example.com\n') }),
    row(endpoint, 'purchases without amount', 400, 'header.amount', { query: { kind: 'purchases' }, body: Buffer.from('externalId\nx\n') }),
    row(endpoint, 'an empty file', 400, 'body', { body: Buffer.alloc(0) }),
    row(endpoint, 'blank lines only', 400, 'body', { body: Buffer.from('\n\n\n') }),
    row(endpoint, 'a NUL in a row', 400, undefined, { body: Buffer.from('externalId\na\u0000b\n') }),
    row(endpoint, 'a file over 20 MB', 413, undefined, { body: Buffer.alloc(21 * 1024 * 1024, 'x') }),
  ];
}

const cursorOf = (time: string, id = UNKNOWN_ID) => Buffer.from(JSON.stringify([time, id])).toString('base64url');

/** Keyset lists: cursors naming impossible instants or carrying SQL, and limits Number() would read. */
function pageRows(endpoint: Endpoint): Row[] {
  if (!endpoint.paged) return [];
  const cursors: Array<[string, string | string[]]> = [
    ['February 30', cursorOf('2026-02-30T00:00:00.000000Z')], ['9999-99-99', cursorOf('9999-99-99T00:00:00.000000Z')],
    ['month 13', cursorOf('2026-13-01T00:00:00.000000Z')], ['year 0', cursorOf('0000-01-01T00:00:00.000000Z')],
    ['hour 24', cursorOf('2026-01-01T24:00:00.000000Z')], ['minute 60', cursorOf('2026-01-01T12:60:00.000000Z')],
    ['garbage', 'garbage'], ['SQL as the time', cursorOf("' OR 1=1--")], ['SQL as the id', cursorOf('2026-01-01T00:00:00.000000Z', "' OR '1'='1")],
    ['twice', [cursorOf('2026-01-01T00:00:00.000000Z'), cursorOf('2026-01-01T00:00:00.000000Z')]],
  ];
  const limits: Array<string | string[]> = ['0x10', '-1', '1e3', '99999999999', '0', '1.5', '', ' 10', 'abc', '0b1', 'Infinity', ['10', '20'], '1000'];
  return [
    ...cursors.map(([attack, cursor]) => row(endpoint, `a cursor: ${attack}`, 400, 'cursor', { query: { cursor } })),
    ...limits.map((limit) => row(endpoint, `limit=${JSON.stringify(limit)}`, 400, 'limit', { query: { limit } })),
  ];
}

function integerRows(endpoint: Endpoint): Row[] {
  return (endpoint.integers ?? []).flatMap((name) =>
    ['99999999999', '2147483648', '0x10', '-1', '1e3', '1.5', '', '0', 'NaN'].map((value) => row(endpoint, `${name}=${JSON.stringify(value)}`, 400, name, { query: { [name]: value } })));
}

/** Query DTOs refuse parameters they do not know. */
function queryDtoRows(endpoint: Endpoint): Row[] {
  if (!endpoint.queryDto) return [];
  return [
    row(endpoint, 'an unknown query parameter', 400, 'unexpected', { query: { unexpected: '1' } }),
    row(endpoint, 'a query parameter named constructor', 400, 'constructor', { query: { constructor: '1' } }),
    row(endpoint, 'a bracketed query parameter', 400, undefined, { rawQuery: 'where[id]=1' }),
  ];
}
