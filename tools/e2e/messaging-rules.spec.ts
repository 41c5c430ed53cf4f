import request from 'supertest';
import type { JourneyGraph } from '@cascade/journey';
import { waitFor } from '@cascade/testing';
import { startTestStack, type TestStack } from './test-stack';

/** API trigger → two SMS in a row, the second skipped when capped → exit. */
const twoSms: JourneyGraph = {
  nodes: [
    { id: 'start', type: 'trigger', config: { kind: 'api' } },
    { id: 'first', type: 'send', config: { channel: 'sms', content: { body: 'Hi' } } },
    { id: 'second', type: 'send', config: { channel: 'sms', content: { body: 'Hi' }, onCap: 'skip' } },
    { id: 'done', type: 'exit' },
  ],
  edges: [{ from: 'start', to: 'first' }, { from: 'first', to: 'second' }, { from: 'second', to: 'done' }],
};

// Issue 5: a workspace frequency cap, set through the API, applied by the worker and shown in the trace.
describe('frequency caps through the API', () => {
  let stack: TestStack;
  const api = () => request(stack.app.getHttpServer());

  beforeAll(async () => {
    stack = await startTestStack('caps');
  });
  afterAll(() => stack?.stop());

  it('skips the SMS over a cap of one a week, and the trace says why', async () => {
    await api().put('/api/v1/settings/messaging').set(stack.auth).send({ caps: [{ channel: 'sms', max: 1, window: 'P7D' }] }).expect(200);
    const created = await api().post('/api/v1/journeys').set(stack.auth).send({ name: 'Two SMS', graph: twoSms }).expect(201);
    expect(created.body.problems).toEqual([]);
    await api().post(`/api/v1/journeys/${created.body.id}/publish`).set(stack.auth).send({}).expect(201);
    await api().post('/api/v1/contacts').set(stack.auth).send({ externalId: 'sasha', phone: '+79990000002', timezone: 'Europe/Moscow' }).expect(201);
    const { enrollmentId } = (await api().post(`/api/v1/journeys/${created.body.id}/enrollments`).set(stack.auth).send({ externalId: 'sasha' }).expect(201)).body;

    const trace = await waitFor(async () => {
      const body = (await api().get(`/api/v1/enrollments/${enrollmentId}`).set(stack.auth).expect(200)).body;
      return body.status === 'active' ? undefined : body;
    }, { timeoutMs: 30_000 });
    const reason = 'frequency cap: 1 sms message per P7D';
    expect(trace.messages.map((m: { nodeId: string; status: string; reason: string | null }) => [m.nodeId, m.status, m.reason])).toEqual([
      ['first', 'sent', null], ['second', 'skipped', reason],
    ]);
    expect(trace.steps).toContainEqual(expect.objectContaining({ kind: 'message_skipped', nodeId: 'second', channel: 'sms', reason }));
    expect(trace.status).toBe('exited');
    const sandbox = (await api().get('/api/v1/sandbox/messages?channel=sms').set(stack.auth).expect(200)).body;
    expect(sandbox).toHaveLength(1);
  }, 60_000);
});
