import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import type { JourneyGraph } from '@cascade/journey';
import { waitFor } from '@cascade/testing';
import { repoRoot } from '../paths';
import { DEMO_TEMPLATES, withTemplateIds } from '../seed/templates/demo-templates';
import { startTestStack, type TestStack } from './test-stack';

/** The demo abandoned-cart journey, with its hour-long waits made seconds long (template keys as in the seed). */
function abandonedCart(): JourneyGraph {
  const { nodes, edges, settings } = JSON.parse(readFileSync(join(repoRoot, 'tools/seed/journeys/abandoned-cart.json'), 'utf8'));
  const seconds: Record<string, string> = { PT1H: 'PT1S', PT24H: 'PT4S', PT6H: 'PT4S' };
  return JSON.parse(JSON.stringify({ nodes, edges, settings }).replace(/"(PT1H|PT24H|PT6H)"/g, (_, d: string) => `"${seconds[d]}"`));
}

// Issue 4's walk through the product with curl, done by supertest against the real services.
describe('the abandoned-cart journey through the API', () => {
  let stack: TestStack;
  let auth: { Authorization: string };

  beforeAll(async () => {
    stack = await startTestStack('cart');
    auth = stack.auth;
    await stack.startDispatcher();
  });
  afterAll(() => stack?.stop());

  const api = () => request(stack.app.getHttpServer());

  /** Creates the journey's demo templates in the workspace, as a marketer would, and points the graph at them. */
  async function withTemplates(graph: JourneyGraph): Promise<JourneyGraph> {
    const ids: Record<string, string> = {};
    for (const key of ['cart-email', 'cart-sms', 'cart-tg']) {
      ids[key] = (await api().post('/api/v1/templates').set(auth).send(DEMO_TEMPLATES[key]).expect(201)).body.id;
    }
    return withTemplateIds(graph, ids);
  }
  const sandbox = async (channel: string) => (await api().get(`/api/v1/sandbox/messages?channel=${channel}`).set(auth).expect(200)).body as { messageId: string; externalId: string; enrollmentId: string; subject: string; body: string }[];

  it('publishes, enrolls on events, cascades per contact, and reports stats and traces', async () => {
    const created = await api().post('/api/v1/journeys').set(auth).send({ name: 'Abandoned cart', graph: await withTemplates(abandonedCart()) }).expect(201);
    expect(created.body.problems).toEqual([]);
    const journeyId = created.body.id;
    await api().post(`/api/v1/journeys/${journeyId}/publish`).set(auth).send({ note: 'first' }).expect(201);

    for (const externalId of ['anna', 'boris']) {
      await api().post('/api/v1/contacts').set(auth).send({ externalId, email: `${externalId}@example.com`, phone: '+79990000001', telegramChatId: '77', timezone: 'Europe/Moscow' }).expect(201);
      await api().post('/api/v1/events').set(auth).send({ externalId, name: 'cart_abandoned', properties: { total: 4200 } }).expect(202);
    }

    // Both emails arrive in the sandbox after the 1-second wait.
    const emails = await waitFor(async () => { const list = await sandbox('email'); return list.length === 2 ? list : undefined; });
    const annaEmail = emails.find((message) => message.externalId === 'anna')!;
    // Rendered from the saved template with the trigger event's properties.
    expect(annaEmail).toMatchObject({ subject: 'You left something in your cart', body: expect.stringContaining('your cart (4200 ₽) is waiting for you') });
    await api().post(`/api/v1/sandbox/messages/${annaEmail.messageId}/events`).set(auth).send({ type: 'opened' }).expect(202);

    // Boris did not open his in time: he gets the SMS, Anna does not.
    const sms = await waitFor(async () => { const list = await sandbox('sms'); return list.length === 1 ? list : undefined; }, { timeoutMs: 30_000 });
    expect(sms[0].externalId).toBe('boris');
    await api().post(`/api/v1/sandbox/messages/${sms[0].messageId}/events`).set(auth).send({ type: 'delivered' }).expect(202);

    const enrollments = await waitFor(async () => {
      const list = (await api().get(`/api/v1/journeys/${journeyId}/enrollments`).set(auth).expect(200)).body.items as { id: string; status: string }[];
      return list.length === 2 && list.every((e) => e.status !== 'active') ? list : undefined;
    }, { timeoutMs: 30_000 });
    expect(await sandbox('sms')).toHaveLength(1);
    expect(await sandbox('telegram')).toHaveLength(0);

    const stats = (await api().get(`/api/v1/journeys/${journeyId}/stats`).set(auth).expect(200)).body;
    const remind = stats.nodes.find((node: { nodeId: string }) => node.nodeId === 'remind');
    expect(remind).toEqual({
      nodeId: 'remind', entered: 2, exited: { success: 2 }, waiting: 0, sent: 3, delivered: 2, opened: 1, clicked: 0, failed: 0, suppressed: 0, reached: 2, converted: 0, conversionRate: 0, revenue: 0,
    });
    expect(stats.nodes.find((node: { nodeId: string }) => node.nodeId === 'reminded')).toMatchObject({ entered: 2 });

    const traces = await Promise.all(enrollments.map(async (e) => (await api().get(`/api/v1/enrollments/${e.id}`).set(auth).expect(200)).body));
    const boris = traces.find((trace) => trace.contact.externalId === 'boris');
    expect(boris.steps.map((step: { kind: string; nodeId: string; channel?: string; status?: string }) =>
      [step.kind, step.nodeId, step.channel ?? step.status ?? ''].join(' ').trim())).toEqual([
      'node_entered start', 'node_exited start', 'node_entered wait_1h', 'node_exited wait_1h', 'node_entered remind',
      'message_sent remind email', 'message_sent remind sms', 'message_status remind delivered', 'node_exited remind',
      'node_entered reminded', 'journey_exited reminded exited',
    ]);
    expect(boris.messages.map((m: { channel: string; status: string }) => `${m.channel}:${m.status}`)).toEqual(['email:sent', 'sms:delivered']);
    const anna = traces.find((trace) => trace.contact.externalId === 'anna');
    expect(anna.messages.map((m: { channel: string; status: string }) => `${m.channel}:${m.status}`)).toEqual(['email:opened']);
  }, 120_000);

  it('refuses to publish an invalid graph, naming the nodes, and publishes nothing', async () => {
    const graph = abandonedCart();
    graph.edges = graph.edges.filter((edge) => edge.handle !== 'exhausted');
    const created = await api().post('/api/v1/journeys').set(auth).send({ name: 'Broken', graph }).expect(201);
    const refused = await api().post(`/api/v1/journeys/${created.body.id}/publish`).set(auth).send({}).expect(422);
    expect(refused.body.details).toEqual(expect.arrayContaining([
      expect.objectContaining({ nodeId: 'remind', code: 'unconnected_handle' }),
      expect.objectContaining({ nodeId: 'unreached', code: 'unreachable_node' }),
    ]));
    expect((await api().get(`/api/v1/journeys/${created.body.id}/versions`).set(auth).expect(200)).body).toEqual([]);
  });
});
