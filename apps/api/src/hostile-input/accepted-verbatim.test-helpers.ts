import type { Workspaces } from './hostile-rows.test-helpers';
import type { RawRequest, RawResponse } from './raw-http.test-helpers';

/**
 * Input that looks hostile but is data: SQL, Liquid, HTML and Object.prototype names in free text and
 * free-form keys. It is accepted, stored and given back exactly as sent (never executed or dropped),
 * and only the tables the request is about change. Rows run in order and may use earlier answers.
 */
export interface VerbatimRow {
  name: string;
  request(workspaces: Workspaces, earlier: Record<number, unknown>): RawRequest;
  status: number;
  /** The tables it may change; every other table must stay as it was. */
  writes: string[];
  /** What the answer (and what reading it back) must show; returns the value later rows use, if any. */
  check(response: RawResponse, read: (path: string) => Promise<unknown>, earlier: Record<number, unknown>): Promise<unknown>;
}

const SQL = "Robert'); DROP TABLE contacts; --";
const LIQUID = '{{ contact.email }}{% for i in (1..3) %}x{% endfor %}';
export const ATTRIBUTES = {
  note: LIQUID, sql: "' OR '1'='1", html: '<script>alert(1)</script>', emoji: '👩‍💻', bidi: 'a\u202Eb',
  toString: 'kept', valueOf: { isPrototypeOf: 1, hasOwnProperty: [1] }, __defineGetter__: 'x',
};

const json = (method: string, path: string, body?: unknown) => (workspaces: Workspaces): RawRequest => ({
  method, path,
  headers: { Authorization: `Bearer ${workspaces.own.apiKey}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
  body: body === undefined ? undefined : Buffer.from(JSON.stringify(body)),
});
const bodyOf = (response: RawResponse) => JSON.parse(response.text);

export const VERBATIM_ROWS: VerbatimRow[] = [
  {
    name: 'a contact with SQL, Liquid, HTML and Object.prototype names in its fields and attributes',
    request: json('POST', '/api/v1/contacts', { externalId: SQL, attributes: ATTRIBUTES, subscriptions: { toString: true, email: false }, tags: ["'; DELETE FROM contacts; --", '{% raw %}'] }),
    status: 201, writes: ['contacts'],
    async check(response, read) {
      const created = bodyOf(response);
      const expected = { externalId: SQL, attributes: ATTRIBUTES, subscriptions: { toString: true, email: false }, tags: ["'; DELETE FROM contacts; --", '{% raw %}'] };
      expect(created).toMatchObject(expected);
      expect(await read(`/api/v1/contacts/${created.id}`)).toMatchObject(expected);
      return created.id;
    },
  },
  {
    name: 'a patch merging attributes named like Object.prototype members',
    request: (w, earlier) => json('PATCH', `/api/v1/contacts/${earlier[0]}`, { attributes: { hasOwnProperty: 'also kept', toLocaleString: 2 } })(w),
    status: 200, writes: ['contacts'],
    async check(response, read, earlier) {
      const attributes = { ...ATTRIBUTES, hasOwnProperty: 'also kept', toLocaleString: 2 };
      expect(bodyOf(response).attributes).toEqual(attributes);
      expect(await read(`/api/v1/contacts/${earlier[0]}`)).toMatchObject({ attributes });
    },
  },
  {
    name: 'an event whose properties hold SQL, Liquid and Object.prototype names',
    request: json('POST', '/api/v1/events', { externalId: SQL, name: 'note_taken', properties: { ...ATTRIBUTES, amount: 12.5 } }),
    status: 202, writes: ['contact_events', 'event_outbox'],
    async check(response, read, earlier) {
      expect(bodyOf(response)).toEqual({ accepted: 1, duplicates: 0 });
      const timeline = await read(`/api/v1/contacts/${earlier[0]}/events`) as { items: Array<{ name: string; properties: unknown }> };
      expect(timeline.items.find((event) => event.name === 'note_taken')?.properties).toEqual({ ...ATTRIBUTES, amount: 12.5 });
    },
  },
  {
    name: 'a template reading the contact\'s Liquid-looking attribute',
    request: json('POST', '/api/v1/templates', { name: `Echo ${SQL}`, channel: 'email', subject: 'Note', body: 'Note: {{ contact.attributes.note }} {{ contact.attributes.toString }}' }),
    status: 201, writes: ['templates'],
    async check(response) {
      expect(bodyOf(response)).toMatchObject({ name: `Echo ${SQL}` });
      return bodyOf(response).id;
    },
  },
  {
    name: 'a preview rendering that attribute as text, never as Liquid',
    request: (w, earlier) => json('POST', `/api/v1/templates/${earlier[3]}/preview`, { contactId: earlier[0] })(w),
    status: 200, writes: [],
    async check(response) {
      expect(bodyOf(response)).toMatchObject({ body: `Note: ${LIQUID} kept` });
    },
  },
  {
    name: 'a journey named with SQL and Liquid, whose graph keeps keys named like Object.prototype members',
    request: json('POST', '/api/v1/journeys', { name: `{{ 7 * 7 }} ${SQL}`, graph: { nodes: [{ id: 'constructor', type: 'exit', valueOf: 1 }], edges: [], settings: { toString: 1 } } }),
    status: 201, writes: ['journeys'],
    async check(response, read) {
      const created = bodyOf(response);
      expect(await read(`/api/v1/journeys/${created.id}`)).toMatchObject({
        name: `{{ 7 * 7 }} ${SQL}`, draft: { nodes: [{ id: 'constructor', type: 'exit', valueOf: 1 }], edges: [], settings: { toString: 1 } },
      });
    },
  },
  {
    name: 'a segment with SQL in its name, description and compared value',
    request: json('POST', '/api/v1/segments', { name: SQL, description: LIQUID, kind: 'rule', condition: { attribute: 'city', op: 'eq', value: SQL } }),
    status: 201, writes: ['segments'],
    async check(response, read) {
      const created = bodyOf(response);
      expect(created).toMatchObject({ name: SQL, description: LIQUID, members: 0, definition: { condition: { attribute: 'city', op: 'eq', value: SQL } } });
      expect(await read(`/api/v1/segments/${created.id}`)).toMatchObject({ name: SQL, description: LIQUID });
    },
  },
  {
    name: 'a search for SQL and LIKE wildcards, which match only themselves',
    request: json('GET', `/api/v1/contacts?query=${encodeURIComponent("%' OR '1'='1")}`),
    status: 200, writes: [],
    async check(response) {
      expect(bodyOf(response)).toEqual({ items: [], nextCursor: null });
    },
  },
  {
    name: 'a search for the SQL-looking externalId, which finds exactly that contact',
    request: json('GET', `/api/v1/contacts?query=${encodeURIComponent('DROP TABLE contacts; --')}`),
    status: 200, writes: [],
    async check(response, _read, earlier) {
      expect(bodyOf(response).items.map((contact: { id: string }) => contact.id)).toEqual([earlier[0]]);
    },
  },
  {
    name: 'the sandbox filtered by a SQL channel name',
    request: json('GET', `/api/v1/sandbox/messages?channel=${encodeURIComponent("email' OR '1'='1")}`),
    status: 200, writes: [],
    async check(response) {
      expect(bodyOf(response)).toEqual([]);
    },
  },
];
