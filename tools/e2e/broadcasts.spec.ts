import request from 'supertest';
import { BroadcastProcessor } from '@cascade/engine';
import type { JourneyGraph } from '@cascade/journey';
import { waitFor } from '@cascade/testing';
import { startTestStack, type TestStack } from './test-stack';

// A marketer publishes a newsletter to everybody; the worker sends it, two contacts a second.
describe('a broadcast journey through the API', () => {
  let stack: TestStack;
  let processor: BroadcastProcessor;

  beforeAll(async () => {
    stack = await startTestStack('broadcast');
    processor = new BroadcastProcessor({ dataSource: stack.db.dataSource, client: stack.client, taskQueue: stack.taskQueue, databaseUrl: stack.db.url, pollMs: 200 });
    await processor.start();
  });
  afterAll(async () => {
    await processor?.stop();
    await stack?.stop();
  });

  const api = () => request(stack.app.getHttpServer());
  const newsletter: JourneyGraph = {
    nodes: [
      { id: 'start', type: 'trigger', config: { kind: 'broadcast', ratePerSecond: 2 } },
      { id: 'news', type: 'send', config: { channel: 'email', content: { subject: 'Spring sale', body: 'Hello {{ contact.email }}' } } },
      { id: 'end', type: 'exit' },
    ],
    edges: [{ from: 'start', to: 'news' }, { from: 'news', to: 'end' }],
  };

  it('emails every contact once after publish and reports the broadcast done', async () => {
    const people = ['anna', 'boris', 'vera', 'gleb', 'dina'];
    for (const externalId of people) {
      await api().post('/api/v1/contacts').set(stack.auth).send({ externalId, email: `${externalId}@example.com` }).expect(201);
    }
    const journeyId = (await api().post('/api/v1/journeys').set(stack.auth).send({ name: 'Spring sale', graph: newsletter }).expect(201)).body.id;
    await api().post(`/api/v1/journeys/${journeyId}/publish`).set(stack.auth).expect(201);

    const done = await waitFor(async () => {
      const { body } = await api().get(`/api/v1/journeys/${journeyId}/broadcast`).set(stack.auth).expect(200);
      return body.status === 'done' ? body : undefined;
    }, { timeoutMs: 30_000 });
    expect(done).toMatchObject({ total: 5, processed: 5, enrolled: 5, skipped: 0, ratePerSecond: 2, startedAt: expect.any(String), finishedAt: expect.any(String) });

    const emails = await waitFor(async () => {
      const { body } = await api().get('/api/v1/sandbox/messages?channel=email').set(stack.auth).expect(200);
      return body.length === 5 ? (body as { externalId: string }[]) : undefined;
    });
    expect(emails.map((email) => email.externalId).sort()).toEqual([...people].sort());
  }, 60_000);

  it('sends a broadcast to a segment to its members only', async () => {
    await api().post('/api/v1/contacts').set(stack.auth).send({ externalId: 'kazan-1', email: 'k1@example.com', attributes: { city: 'Kazan' } }).expect(201);
    await api().post('/api/v1/contacts').set(stack.auth).send({ externalId: 'kazan-2', email: 'k2@example.com', attributes: { city: 'kazan' } }).expect(201);
    const segment = (await api().post('/api/v1/segments').set(stack.auth)
      .send({ name: 'Kazan', kind: 'rule', condition: { attribute: 'city', op: 'eq', value: 'Kazan' } }).expect(201)).body;
    expect(segment.members).toBe(2);
    const graph = { ...newsletter, nodes: newsletter.nodes.map((node) => (node.type === 'trigger'
      ? { ...node, config: { kind: 'broadcast', segmentId: segment.id, ratePerSecond: 10 } }
      : node.id === 'news' ? { ...node, config: { channel: 'email', content: { subject: 'Kazan store opening', body: 'Hi' } } } : node)) };
    const journeyId = (await api().post('/api/v1/journeys').set(stack.auth).send({ name: 'Kazan opening', graph }).expect(201)).body.id;
    await api().post(`/api/v1/journeys/${journeyId}/publish`).set(stack.auth).expect(201);

    const done = await waitFor(async () => {
      const { body } = await api().get(`/api/v1/journeys/${journeyId}/broadcast`).set(stack.auth).expect(200);
      return body.status === 'done' ? body : undefined;
    }, { timeoutMs: 30_000 });
    expect(done).toMatchObject({ total: 2, enrolled: 2 });
    const emails = await waitFor(async () => {
      const { body } = await api().get('/api/v1/sandbox/messages?channel=email').set(stack.auth).expect(200);
      const opening = (body as { externalId: string; subject: string }[]).filter((email) => email.subject === 'Kazan store opening');
      return opening.length === 2 ? opening : undefined;
    });
    expect(emails.map((email) => email.externalId).sort()).toEqual(['kazan-1', 'kazan-2']);
  }, 60_000);
});
