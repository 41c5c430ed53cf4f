import request from 'supertest';
import type { JourneyGraph } from '@cascade/journey';
import { seedContact, seedPublishedJourney, waitFor, type TestDatabase } from '@cascade/testing';
import { startTestStack, type TestStack } from './test-stack';

// POST /api/v1/events → outbox → dispatcher → enrollments and signals, on the real services.
describe('events: ingestion and routing', () => {
  let stack: TestStack;
  let db: TestDatabase;
  let workspaceId: string;
  const startDispatcher = () => stack.startDispatcher();
  const stopDispatcher = () => stack.stopDispatcher();

  beforeAll(async () => {
    stack = await startTestStack('events');
    ({ db, workspaceId } = stack);
  });
  afterAll(() => stack?.stop());

  const post = (body: unknown) => request(stack.app.getHttpServer()).post('/api/v1/events').set(stack.auth).send(body as object);
  const count = async (sql: string, params: unknown[] = []) => (await db.dataSource.query(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n as number;

  const cartJourney: JourneyGraph = {
    nodes: [
      { id: 'start', type: 'trigger', config: { kind: 'event', event: 'cart_abandoned', filter: { attribute: 'total', op: 'gt', value: 1000 } } },
      { id: 'mail', type: 'send', config: { channel: 'email', content: { subject: 'Your cart', body: 'Come back' } } },
      { id: 'paid', type: 'wait_for_event', config: { event: 'order_paid', timeout: 'PT30S' } },
      { id: 'won', type: 'exit', config: { reason: 'paid' } },
      { id: 'lost', type: 'exit', config: { reason: 'timeout' } },
    ],
    edges: [
      { from: 'start', to: 'mail' }, { from: 'mail', to: 'paid' },
      { from: 'paid', handle: 'event', to: 'won' }, { from: 'paid', handle: 'timeout', to: 'lost' },
    ],
  };

  it('starts the matching journey, sends its message, and signals the event the contact waits for', async () => {
    await startDispatcher();
    const { journeyId } = await seedPublishedJourney(db.dataSource, cartJourney, 'cart', workspaceId);
    const contactId = await seedContact(db.dataSource, { externalId: 'u-1' }, workspaceId);
    await post({ externalId: 'u-1', name: 'cart_abandoned', properties: { total: 500 } }).expect(202, { accepted: 1, duplicates: 0 });
    await post({ externalId: 'u-1', name: 'cart_abandoned', properties: { total: 5000 } }).expect(202);
    const enrollment = await waitFor(async () => (await db.dataSource.query(`SELECT id FROM enrollments WHERE contact_id = $1`, [contactId]))[0]);
    await waitFor(async () => ((await count(`sandbox_messages WHERE message_id LIKE $1`, [`${enrollment.id}:%`])) === 1 ? true : undefined));
    await post({ contactId, name: 'order_paid', properties: { amount: 5000 } }).expect(202);
    const ended = await waitFor(async () => {
      const [row] = await db.dataSource.query(`SELECT status, exit_reason FROM enrollments WHERE id = $1`, [enrollment.id]);
      return row.status === 'active' ? undefined : row;
    });
    expect(ended).toEqual({ status: 'exited', exit_reason: 'paid' });
    expect(await count(`enrollments WHERE journey_id = $1`, [journeyId])).toBe(1); // the 500 cart did not pass the filter
  });

  it('processes the same messageId once, also when posted concurrently', async () => {
    const event = { externalId: 'u-2', name: 'viewed', messageId: 'm-42' };
    const responses = await Promise.all(Array.from({ length: 8 }, () => post(event)));
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(202));
    expect(responses.reduce((sum, r) => sum + r.body.accepted, 0)).toBe(1);
    await post(event).expect(202, { accepted: 0, duplicates: 1 });
    expect(await count(`contact_events WHERE message_id = 'm-42'`)).toBe(1);
    expect(await count(`contacts WHERE external_id = 'u-2'`)).toBe(1);
  });

  it('keeps accepted events in the outbox until a dispatcher routes them, each once', async () => {
    await stopDispatcher(); // as if the worker (or the API, right after answering) were down
    const { journeyId } = await seedPublishedJourney(db.dataSource, { ...cartJourney, nodes: cartJourney.nodes.map((n) => n.id === 'start'
      ? { ...n, config: { kind: 'event', event: 'signed_up' } } : n) }, 'welcome', workspaceId);
    const events = Array.from({ length: 50 }, (_, i) => ({ externalId: `batch-${i}`, name: 'signed_up', messageId: `b-${i}` }));
    await post({ events }).expect(202, { accepted: 50, duplicates: 0 });
    expect(await count(`event_outbox`)).toBe(50);
    expect(await count(`enrollments WHERE journey_id = $1`, [journeyId])).toBe(0);
    await startDispatcher();
    await waitFor(async () => ((await count(`event_outbox`)) === 0 ? true : undefined), { timeoutMs: 60_000 });
    expect(await count(`enrollments WHERE journey_id = $1`, [journeyId])).toBe(50);
    expect(await count(`contact_events WHERE name = 'signed_up'`)).toBe(50);
  }, 90_000);

  it('enrolls one event once per journey, also when its outbox row is routed again after the enrollment ended', async () => {
    await startDispatcher();
    const always: JourneyGraph = {
      nodes: [
        { id: 'start', type: 'trigger', config: { kind: 'event', event: 'browsed' } },
        { id: 'mail', type: 'send', config: { channel: 'email', content: { subject: 'Still looking?', body: 'Hi' } } },
        { id: 'end', type: 'exit' },
      ],
      edges: [{ from: 'start', to: 'mail' }, { from: 'mail', to: 'end' }],
      settings: { reentry: { mode: 'always' } },
    };
    const { journeyId } = await seedPublishedJourney(db.dataSource, always, 'browse', workspaceId);
    const contactId = await seedContact(db.dataSource, { externalId: 'u-again' }, workspaceId);
    await post({ contactId, name: 'browsed', messageId: 'browse-1' }).expect(202);
    const ended = () => count(`enrollments WHERE journey_id = $1 AND status <> 'active'`, [journeyId]);
    await waitFor(async () => ((await ended()) === 1 ? true : undefined));
    // A dispatcher that died after enrolling but before deleting the row: its lease expires, the row is routed again.
    await db.dataSource.query(`INSERT INTO event_outbox (event_id) SELECT id FROM contact_events WHERE message_id = 'browse-1'`);
    await waitFor(async () => ((await count(`event_outbox`)) === 0 ? true : undefined));
    expect(await count(`enrollments WHERE journey_id = $1`, [journeyId])).toBe(1);
    await post({ contactId, name: 'browsed', messageId: 'browse-2' }).expect(202); // a new event does re-enter
    await waitFor(async () => ((await ended()) === 2 ? true : undefined));
    expect(await count(`enrollments WHERE journey_id = $1`, [journeyId])).toBe(2);
    expect(await count(`sandbox_messages m JOIN enrollments e ON m.message_id LIKE e.id || ':%' WHERE e.journey_id = $1`, [journeyId])).toBe(2);
  });

  it('rejects bad input with field paths and stores nothing', async () => {
    const before = await count('contact_events');
    const oversized = await post({ events: Array.from({ length: 1_001 }, (_, i) => ({ externalId: `x${i}`, name: 'e' })) }).expect(400);
    expect(oversized.body.details).toEqual([expect.objectContaining({ path: 'events', code: 'arrayMaxSize' })]);
    const wrongTypes = await post({ events: [{ externalId: 'a', name: 'ok' }, { externalId: 7, name: 'bad name!' }] }).expect(400);
    expect(wrongTypes.body.details.map((d: { path: string }) => d.path).sort()).toEqual(['events[1].externalId', 'events[1].name']);
    const unknown = await post({ events: [{ externalId: 'a', name: 'ok' }, { contactId: '2b1c6f0e-8d0a-4c5e-9d55-6f1f1b1a1a1a', name: 'ok' }] }).expect(400);
    expect(unknown.body.details).toEqual([{ path: 'events[1].contactId', code: 'unknown_contact', message: 'no such contact in this workspace' }]);
    await request(stack.app.getHttpServer()).post('/api/v1/events').set(stack.auth).set('Content-Type', 'application/json').send('{"name": ').expect(400);
    const nullContact = await post({ contactId: null, name: 'ok' }).expect(400);
    expect(nullContact.body.details).toEqual([expect.objectContaining({ path: 'contactId', code: 'isUuid' })]);
    const nul = await post({ externalId: 'a\u0000b', name: 'ok' }).expect(400);
    expect(nul.body.message).toContain('NUL');
    expect(await count('contact_events')).toBe(before);
    expect(await count(`contacts WHERE external_id = 'a'`)).toBe(0);
    await request(stack.app.getHttpServer()).post('/api/v1/events').send({ externalId: 'a', name: 'ok' }).expect(401);
  });
});
