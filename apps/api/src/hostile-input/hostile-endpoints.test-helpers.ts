import { validGraph } from '../journeys/journeys.test-helpers';
import type { Workspace } from './hostile-fixtures.test-helpers';
import { bodyRow, headerRow, queryRow, type Json, type JsonObject, type ParamFill, type RowSpec } from './hostile-rows.test-helpers';

/**
 * One endpoint of the API as the hostile-input suite sees it: enough to build a valid request, and
 * which of its parts take which attacks (hostile-attacks.test-helpers.ts expands them). A controller
 * route without an entry fails the suite: a new endpoint joins it by adding one here.
 */
export interface Endpoint {
  /** As the controller declares it: `PATCH /api/v1/contacts/:id`. */
  route: string;
  /** No API key (health, tracking links, provider callbacks). */
  public?: boolean;
  params?: Record<string, ParamFill>;
  /** A valid query, sent with every row unless the row changes it. */
  query?: Record<string, string>;
  /** A valid JSON body the handler reads (of the calling workspace). POST/PUT/PATCH without one read no body. */
  body?: (own: Workspace) => JsonObject;
  /** A valid CSV body instead (imports). */
  csv?: string;
  /** Any media type is read (provider callbacks): no 415 rows, and bodies are checked by a signature (401), not a DTO. */
  anyMediaType?: boolean;
  /** Body fields holding text: each gets a lone surrogate, invalid UTF-8 bytes and a NUL. */
  strings?: string[];
  /** false where a NUL in text is fine: nothing stores it as text (previews; provider settings are stored encrypted). */
  nul?: false;
  /** Body fields holding an object or array: each gets nesting 100,000 levels deep. */
  objects?: string[];
  /** Body fields and a value of the wrong type or form, with the status when not 400 and the path named when not the field ('' for none). */
  wrong?: Array<[field: string, value: Json, status?: number, names?: string]>;
  /** Query parameters of a DTO; unknown parameters are refused. */
  queryDto?: boolean;
  /** A keyset-paged list: cursor and limit attacks. */
  paged?: boolean;
  /** Integer query parameters. */
  integers?: string[];
  /** The answer to a request naming the other workspace's ids (404 unless said). */
  crossStatus?: number;
  /** Rows of this endpoint only: injection it must refuse, other workspaces' ids in the body. */
  rows?: RowSpec[];
}

const CONTACT = {
  externalId: 'new-contact', email: 'new@example.com', phone: '+79991234567', telegramChatId: '4242', timezone: 'Europe/Moscow',
  attributes: { note: 'hello', nested: { a: 1 } }, subscriptions: { email: true }, tags: ['vip'],
};
const CONTACT_STRINGS = ['externalId', 'email', 'phone', 'telegramChatId', 'timezone', 'attributes.note', 'tags[0]'];
const CONTACT_WRONG: Endpoint['wrong'] = [
  ['email', 'not-an-email'], ['email', 5], ['phone', '0x10'], ['phone', "+7' OR '1'='1"], ['attributes', []], ['attributes', 'x'],
  ['subscriptions.email', 'yes', 400, 'subscriptions'], ['tags', 'vip'], ['tags[0]', 5, 400, 'tags'], ['timezone', 'Mars/Olympus'],
  ['externalId', ''], ['externalId', 'x'.repeat(201)], ['attributes', Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, i]))],
  ['tags', Array.from({ length: 101 }, (_, i) => `t${i}`)],
];
const JOURNEY = () => ({ name: 'New journey', graph: validGraph() as unknown as Json });
const JOURNEY_WRONG: Endpoint['wrong'] = [
  ['name', '   '], ['name', 5], ['name', 'x'.repeat(201)], ['graph', []], ['graph', null], ['graph', 'x'], ['graph.nodes', {}],
  ['graph.nodes', Array.from({ length: 501 }, (_, i) => ({ id: `n${i}`, type: 'exit' }))], ['graph.settings', 'x'],
];
const SEGMENT = { name: 'New segment', kind: 'rule', description: 'from Moscow', condition: { attribute: 'city', op: 'eq', value: 'Moscow' } };
const DEFINITION_WRONG: Endpoint['wrong'] = [
  ['condition', []], ['condition', 'x'], ['condition.op', 'like', 400, 'condition'], ['condition.op', 'eq; DROP TABLE contacts', 400, 'condition'],
  ['condition.attribute', "city' OR '1'='1", 400, 'condition'], ['codes', 'x'], ['stages', ['a', 'b', 'c', 'd', 'e']],
  // Conditions the schema lets through that SQL cannot run: an object to compare with, `in` without a list, a count past bigint.
  ['condition', { attribute: 'city', op: 'gt', value: {} }, 400, 'condition'], ['condition', { attribute: 'city', op: 'in', value: 'Kazan' }, 400, 'condition'],
  ['condition', { event: 'purchase', count: { op: 'gte', value: 1e20 } }, 400, ''],
];
const TEMPLATE = { name: 'New template', channel: 'email', subject: 'Hi', body: 'Hello {{ contact.email }}', html: '<p>Hello</p>' };
const LIQUID_WRONG: Endpoint['wrong'] = [
  ['body', '{% if %}'], ['body', "{% include 'secrets' %}"], ['body', "{% render 'secrets' %}"], ['body', '{{ contact.email | no_such_filter }}'],
  ['subject', '{{'], ['html', '{% for x in %}'], ['body', ''], ['body', 5], ['channel', 'pigeon'], ['channel', "email'--"], ['name', '  '],
  ['body', 'x'.repeat(100_001)],
];
const deepCondition = (levels: number): JsonObject => {
  let condition: JsonObject = { attribute: 'city', op: 'eq', value: 'Kazan' };
  for (let i = 0; i < levels; i++) condition = { all: [condition] };
  return condition;
};
const ANALYTICS_PERIOD = { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' };
const PERIOD_ROWS: RowSpec[] = [
  queryRow('an impossible date in from', { from: '2026-02-30T00:00:00Z' }, 400, 'from'),
  queryRow('SQL in from', { from: "2026-01-01' OR '1'='1" }, 400, 'from'),
  queryRow('from after to', { from: '2026-03-01T00:00:00Z', to: '2026-02-01T00:00:00Z' }, 400),
  queryRow('a period of 100 years', { from: '1926-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }, 400),
  queryRow('a year 99999 date', { to: '99999-01-01T00:00:00Z' }, 400, 'to'),
];

export const ENDPOINTS: Endpoint[] = [
  { route: 'GET /health', public: true },
  { route: 'GET /api/v1/workspace' },

  // Journeys
  {
    route: 'POST /api/v1/journeys', body: JOURNEY,
    strings: ['name', 'graph.nodes[1].config.content.body', 'graph.nodes[0].id'], objects: ['graph', 'graph.nodes[1].config'], wrong: JOURNEY_WRONG,
  },
  {
    route: 'GET /api/v1/journeys', queryDto: true,
    rows: [queryRow('SQL in status', { status: "active' OR '1'='1" }, 400, 'status')],
  },
  { route: 'POST /api/v1/journeys/:id/duplicate', params: { id: 'journey' } },
  { route: 'GET /api/v1/journeys/:id', params: { id: 'journey' } },
  {
    route: 'PUT /api/v1/journeys/:id', params: { id: 'journey' }, body: JOURNEY,
    strings: ['name', 'graph.nodes[1].config.content.subject'], objects: ['graph'], wrong: JOURNEY_WRONG,
  },
  { route: 'DELETE /api/v1/journeys/:id', params: { id: 'journey' } },
  { route: 'POST /api/v1/journeys/:id/validate', params: { id: 'journey' } },
  {
    route: 'POST /api/v1/journeys/:id/publish', params: { id: 'journey' }, body: () => ({ note: 'second version' }),
    strings: ['note'], wrong: [['note', 5], ['note', 'x'.repeat(1001)]],
  },
  { route: 'POST /api/v1/journeys/:id/pause', params: { id: 'journey' } },
  { route: 'POST /api/v1/journeys/:id/resume', params: { id: 'journey' } },
  { route: 'GET /api/v1/journeys/:id/history', params: { id: 'journey' } },
  { route: 'GET /api/v1/journeys/:id/versions', params: { id: 'journey' } },
  { route: 'GET /api/v1/journeys/:id/broadcast', params: { id: 'journey' } },
  {
    route: 'GET /api/v1/journeys/:id/experiments', params: { id: 'journey' }, queryDto: true, integers: ['version'],
    rows: [
      queryRow('an impossible date in from', { from: '2026-02-30T00:00:00Z' }, 400, 'from'),
      queryRow('a date without a zone', { to: '2026-02-01' }, 400, 'to'),
      queryRow('a hexadecimal mde', { mde: '0x1' }, 400, 'mde'),
      queryRow('mde Infinity', { mde: 'Infinity' }, 400, 'mde'),
      queryRow('mde 11', { mde: '11' }, 400, 'mde'),
    ],
  },
  { route: 'GET /api/v1/journeys/:id/stats', params: { id: 'journey' }, queryDto: true, integers: ['version'] },

  // Enrollments
  {
    route: 'POST /api/v1/journeys/:id/enrollments', params: { id: 'journey' }, body: () => ({ externalId: 'enrolled-by-api' }),
    strings: ['externalId'], wrong: [['externalId', 5], ['externalId', null], ['contactId', 'not-a-uuid'], ['contactId', "' OR '1'='1"], ['externalId', 'x'.repeat(201)]],
    rows: [
      bodyRow('the other workspace\'s contact by contactId', ({ other }) => ({ contactId: other.ids.contact }), 404),
      headerRow('Idempotency-Key with spaces', { 'Idempotency-Key': 'two words' }, 400, 'Idempotency-Key'),
      headerRow('Idempotency-Key of 256 characters', { 'Idempotency-Key': 'k'.repeat(256) }, 400, 'Idempotency-Key'),
      headerRow('Idempotency-Key with SQL', { 'Idempotency-Key': "k';DROP TABLE enrollments;--" }, 400, 'Idempotency-Key'),
      headerRow('Idempotency-Key in Cyrillic (UTF-8 bytes)', { 'Idempotency-Key': Buffer.from('ключ', 'utf8').toString('latin1') }, 400, 'Idempotency-Key'),
    ],
  },
  {
    route: 'GET /api/v1/journeys/:id/enrollments', params: { id: 'journey' }, queryDto: true, paged: true,
    rows: [queryRow('SQL in status', { status: "active'--" }, 400, 'status')],
  },
  { route: 'GET /api/v1/enrollments/:id', params: { id: 'enrollment' } },
  { route: 'POST /api/v1/enrollments/:id/cancel', params: { id: 'enrollment' } },

  // Sandbox and delivery events
  {
    route: 'GET /api/v1/sandbox/messages', queryDto: true,
    rows: [queryRow('channel twice', { channel: ['email', 'sms'] }, 400, 'channel')],
  },
  {
    route: 'POST /api/v1/sandbox/messages/:messageId/events', params: { messageId: 'message' }, body: () => ({ type: 'opened' }),
    strings: ['type'], wrong: [['type', 'bogus'], ['type', 5], ['type', "opened' OR '1'='1"]],
  },
  { route: 'GET /api/v1/unsubscribe/:token', public: true, params: { token: { token: 'unsubscribe' } } },
  { route: 'POST /api/v1/unsubscribe/:token', public: true, params: { token: { token: 'unsubscribe' } }, anyMediaType: true },
  {
    route: 'POST /api/v1/webhooks/:channel', public: true, params: { channel: { fixed: 'email' } }, anyMediaType: true,
    body: (own) => ({ events: [{ messageId: own.ids.message, status: 'delivered' }] }), strings: ['events[0].messageId'], objects: ['events'],
    wrong: [['events', 'x', 401], ['events[0].status', 'opened', 401]],
  },
  {
    route: 'POST /api/v1/webhooks/:channel/:workspaceId', public: true, params: { channel: { fixed: 'email' }, workspaceId: 'workspace' }, anyMediaType: true,
    body: (own) => ({ events: [{ messageId: own.ids.message, status: 'delivered' }] }), strings: ['events[0].messageId', 'events[0].status'], objects: ['events'],
    wrong: [['events', 'x', 401], ['events[0].status', 'clicked', 401]], crossStatus: 401,
  },
  { route: 'GET /api/v1/t/o/:token', public: true, params: { token: { token: 'open' } } },
  { route: 'GET /api/v1/t/c/:token', public: true, params: { token: { token: 'click' } } },

  // Channels
  { route: 'GET /api/v1/channels' },
  {
    route: 'PUT /api/v1/channels/:type/credentials', params: { type: { fixed: 'email' } },
    body: () => ({ host: 'smtp.example.com', port: 587, from: 'Shop <news@example.com>', webhookSecret: 'a-new-webhook-secret-0123' }),
    strings: ['host', 'from', 'webhookSecret'], nul: false,
    wrong: [['port', '587', 400, 'port'], ['port', 0], ['port', 70_000], ['host', ''], ['webhookSecret', 'short'], ['secure', 'yes']],
  },
  { route: 'DELETE /api/v1/channels/:type/credentials', params: { type: { fixed: 'pigeon' } } },

  // Segments
  {
    route: 'POST /api/v1/segments', body: () => SEGMENT, strings: ['name', 'description', 'kind', 'condition.attribute', 'condition.value'], objects: ['condition'],
    wrong: [...DEFINITION_WRONG, ['kind', 'cluster'], ['kind', "rule' OR '1'='1"], ['name', '  '], ['name', 'Kazan', 409, 'name'], ['description', 'x'.repeat(2001)]],
    rows: [
      bodyRow('the other workspace\'s segment in inSegment', ({ other }) => ({ ...SEGMENT, condition: { inSegment: other.ids.segment } }), 422, 'condition'),
      bodyRow('a condition 30 groups deep', () => ({ ...SEGMENT, condition: deepCondition(30) }), 400, 'condition'),
    ],
  },
  { route: 'GET /api/v1/segments' },
  {
    route: 'POST /api/v1/segments/preview', body: () => ({ kind: 'rule', condition: { attribute: 'city', op: 'eq', value: 'Kazan' } }),
    strings: ['kind', 'condition.attribute', 'condition.value'], objects: ['condition'], wrong: DEFINITION_WRONG,
    rows: [
      bodyRow('a condition 1,000 groups deep', () => ({ kind: 'rule', condition: deepCondition(1_000) }), 400, 'condition'),
      bodyRow('a condition 30 groups deep', () => ({ kind: 'rule', condition: deepCondition(30) }), 400, 'condition'),
      bodyRow('the other workspace\'s segment in inSegment', ({ other }) => ({ kind: 'rule', condition: { inSegment: other.ids.segment } }), 422, 'condition'),
      bodyRow('SQL in an event name', () => ({ kind: 'rule', condition: { event: "x'; DELETE FROM contacts; --", count: { op: 'gte', value: 'x' } } }), 400, 'condition'),
    ],
  },
  { route: 'POST /api/v1/segments/refresh' },
  {
    route: 'POST /api/v1/segments/clusters', body: () => ({ k: 3, seed: 1, prefix: 'Cluster' }), strings: ['prefix'],
    wrong: [['k', '0x10'], ['k', [3]], ['k', 1.5], ['k', 13], ['k', true], ['k', '1e1'], ['seed', -1], ['seed', '1e3'], ['seed', 2 ** 32], ['prefix', '  '], ['prefix', 5]],
  },
  { route: 'GET /api/v1/segments/:id', params: { id: 'segment' } },
  {
    route: 'PUT /api/v1/segments/:id', params: { id: 'segment' }, body: () => ({ name: 'Kazan (renamed)', description: 'd', condition: { attribute: 'city', op: 'eq', value: 'Kazan' } }),
    strings: ['name', 'description', 'condition.value'], objects: ['condition'], wrong: [...DEFINITION_WRONG, ['kind', 'rule', 400, 'kind']],
  },
  { route: 'DELETE /api/v1/segments/:id', params: { id: 'segment' } },
  { route: 'GET /api/v1/segments/:id/members', params: { id: 'segment' }, queryDto: true, paged: true },
  {
    route: 'GET /api/v1/segments/:id/members.csv', params: { id: 'segment' }, queryDto: true,
    rows: [queryRow('hashed=yes', { hashed: 'yes' }, 400, 'hashed')],
  },

  // Templates
  { route: 'GET /api/v1/templates' },
  {
    route: 'POST /api/v1/templates', body: () => TEMPLATE, strings: ['name', 'channel', 'subject', 'body', 'html'],
    wrong: [...LIQUID_WRONG, ['name', 'Welcome', 409, 'name']],
  },
  { route: 'GET /api/v1/templates/:id', params: { id: 'template' } },
  {
    route: 'PUT /api/v1/templates/:id', params: { id: 'template' }, body: () => ({ subject: 'Hello again', body: 'Hi {{ contact.email }}' }),
    strings: ['subject', 'body'], wrong: LIQUID_WRONG,
  },
  { route: 'DELETE /api/v1/templates/:id', params: { id: 'template' } },
  {
    route: 'POST /api/v1/templates/:id/preview', params: { id: 'template' },
    body: (own) => ({ externalId: own.externalId, event: { name: 'signup', properties: { plan: 'pro' } } }),
    strings: ['externalId', 'event.name', 'event.properties.plan'], objects: ['event.properties'], nul: false,
    wrong: [['event', []], ['event', 'x'], ['event.name', "x' OR 1=1"], ['event.occurredAt', '2026-02-30T00:00:00Z'], ['event.properties', [1]], ['contactId', 'x']],
    rows: [
      bodyRow('the other workspace\'s contact by contactId', ({ other }) => ({ contactId: other.ids.contact }), 404),
      bodyRow('the other workspace\'s contact by externalId', ({ other }) => ({ externalId: other.externalId }), 404),
    ],
  },

  // Events and contacts
  {
    route: 'POST /api/v1/events',
    body: () => ({ externalId: 'customer-x', name: 'page_view', properties: { page: '/home' }, occurredAt: '2026-01-01T00:00:00Z', messageId: 'm-1' }),
    strings: ['externalId', 'name', 'properties.page', 'occurredAt', 'messageId'], objects: ['properties'],
    wrong: [
      ['name', 'segment_entered'], ['name', "x'; DROP TABLE contacts;--"], ['name', 5], ['name', '{{ contact.email }}'], ['properties', []], ['properties', 'x'],
      ['occurredAt', '2026-02-30T00:00:00Z'], ['occurredAt', "' OR 1=1"], ['occurredAt', '0000-01-01T00:00:00Z'], ['occurredAt', '+275760-09-13T00:00:00Z'], ['contactId', 'not-a-uuid'], ['contactId', null], ['messageId', 5], ['externalId', 5],
    ],
    rows: [
      bodyRow('a batch holding an array', () => ({ events: [[]] }), 400, 'events'),
      bodyRow('a batch holding null', () => ({ events: [null] }), 400, 'events'),
      bodyRow('a batch holding a number', () => ({ events: [1] }), 400, 'events'),
      bodyRow('an empty batch', () => ({ events: [] }), 400, 'events'),
      bodyRow('a batch that is text', () => ({ events: 'x' }), 400, 'events'),
      bodyRow('a batch with one bad event after a good one',
        () => ({ events: [{ externalId: 'x', name: 'ok' }, { externalId: 'y', name: 5 }] }), 400, 'events[1].name'),
      bodyRow('a batch of 1,001', () => ({ events: Array.from({ length: 1001 }, () => ({ externalId: 'x', name: 'ok' })) }), 400, 'events'),
      // An unknown contactId is a 400 naming it (the batch is refused whole); another workspace's is unknown here.
      bodyRow('the other workspace\'s contact by contactId', ({ other }) => ({ contactId: other.ids.contact, name: 'page_view' }), 400, 'events[0].contactId'),
      bodyRow('a batch with the other workspace\'s contact after a good event',
        ({ other }) => ({ events: [{ externalId: 'fresh', name: 'ok' }, { contactId: other.ids.contact, name: 'ok' }] as Json[] }), 400, 'events[1].contactId'),
    ],
  },
  { route: 'POST /api/v1/contacts', body: () => CONTACT, strings: CONTACT_STRINGS, objects: ['attributes'], wrong: CONTACT_WRONG },
  {
    route: 'GET /api/v1/contacts', queryDto: true, paged: true,
    rows: [queryRow('a query of 201 characters', { query: 'x'.repeat(201) }, 400, 'query')],
  },
  { route: 'GET /api/v1/contacts/:id', params: { id: 'contact' } },
  {
    route: 'PATCH /api/v1/contacts/:id', params: { id: 'contact' }, body: () => CONTACT, strings: CONTACT_STRINGS, objects: ['attributes'],
    wrong: CONTACT_WRONG,
  },
  { route: 'DELETE /api/v1/contacts/:id', params: { id: 'contact' } },
  { route: 'GET /api/v1/contacts/:id/events', params: { id: 'contact' }, queryDto: true, paged: true },
  { route: 'GET /api/v1/contacts/:id/enrollments', params: { id: 'contact' } },

  // Settings
  { route: 'GET /api/v1/settings/analytics' },
  {
    route: 'PUT /api/v1/settings/analytics', body: () => ({ purchaseEvent: 'purchase', amountProperty: 'amount', rfm: { period: 'P1Y', levels: 5 } }),
    strings: ['purchaseEvent', 'amountProperty', 'rfm.period'], objects: ['rfm'],
    wrong: [['rfm.levels', 4, 400, 'rfm.levels'], ['rfm.levels', '5', 400, 'rfm.levels'], ['rfm.period', 'a year', 400, 'rfm.period'], ['purchaseEvent', ''], ['rfm', []], ['rfm.cells', 'x', 400, 'rfm.cells'],
      ['rfm.period', 'P999999999Y', 400, 'rfm.period'], ['lifecycle.newWithin', 'P999999999Y', 400, 'lifecycle']],
  },
  { route: 'GET /api/v1/settings/messaging' },
  {
    route: 'PUT /api/v1/settings/messaging', body: () => ({ caps: [{ channel: 'email', max: 3, window: 'P7D' }], quietHours: { start: '21:00', end: '09:00' } }),
    strings: ['caps[0].channel', 'caps[0].window', 'quietHours.start', 'quietHours.end'], objects: ['quietHours'],
    wrong: [
      ['caps', [[]]], ['caps', [null], 400, 'caps'], ['caps[0].max', '3', 400, 'caps[0].max'], ['caps[0].max', 0, 400, 'caps[0].max'], ['caps[0].window', 'P0D', 400, 'caps[0].window'],
      ['caps[0].window', "P7D' OR 1=1", 400, 'caps[0].window'], ['quietHours.start', '25:00', 400, 'quietHours.start'], ['quietHours', []], ['caps', null],
      ['caps', Array.from({ length: 21 }, () => ({ max: 1, window: 'P1D' }))], ['caps[0].channel', "email'--", 400, 'caps[0].channel'],
      ['caps[0].window', 'P999999999Y', 400, 'caps[0].window'], ['caps[0].window', 'P2Y', 400, 'caps[0].window'],
    ],
  },

  // Imports
  {
    route: 'POST /api/v1/contacts/import', query: { kind: 'contacts' }, csv: 'externalId,email\nimported-2,imported2@example.com\n', queryDto: true,
    rows: [
      queryRow('SQL in kind', { kind: "contacts' OR '1'='1" }, 400, 'kind'),
      queryRow('an unknown kind', { kind: 'orders' }, 400, 'kind'),
    ],
  },
  { route: 'GET /api/v1/imports/:id', params: { id: 'import' } },

  // Analytics
  { route: 'GET /api/v1/analytics/rfm' },
  { route: 'GET /api/v1/analytics/lifecycle', queryDto: true, rows: PERIOD_ROWS },
  {
    route: 'GET /api/v1/analytics/cohorts', query: ANALYTICS_PERIOD, queryDto: true,
    rows: [
      ...PERIOD_ROWS,
      queryRow('SQL in timezone', { timezone: "UTC'; DROP TABLE contacts; --" }, 400, 'timezone'),
    ],
  },
  {
    route: 'GET /api/v1/analytics/metrics', query: ANALYTICS_PERIOD, queryDto: true,
    rows: [...PERIOD_ROWS, queryRow('no from', { from: undefined }, 400, 'from')],
  },
];
