import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { loadChannelPlugins } from '@cascade/channels';
import { loadConfig } from '@cascade/config';
import type { JourneyGraph } from '@cascade/journey';
import { waitFor } from '@cascade/testing';
import { repoRoot } from '../paths';
import { startTestStack, type TestStack } from './test-stack';

const TOKEN = 'viber-bot-token-0123456789';

/** The example Viber plug-in, loaded through configuration, as the last step of a cascade. */
describe('a channel plug-in from the configuration', () => {
  let stack: TestStack;
  let viberApi: Server;
  const sentToViber: Record<string, unknown>[] = [];
  const api = () => request(stack.app.getHttpServer());

  beforeAll(async () => {
    viberApi = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk) => (raw += chunk)).on('end', () => {
        sentToViber.push(JSON.parse(raw));
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ status: 0, status_message: 'ok', message_token: 1001 }));
      });
    });
    await new Promise<void>((resolve) => viberApi.listen(0, '127.0.0.1', resolve));
    const config = loadConfig({ CASCADE_CHANNEL_PLUGINS: './examples/channels/viber/viber.channel.ts' }, repoRoot);
    stack = await startTestStack('plugin', { plugins: loadChannelPlugins(config.channelPlugins, repoRoot) });
  });
  afterAll(async () => {
    await stack?.stop();
    await new Promise((resolve) => viberApi.close(resolve));
  });

  it('is listed with its schemas, takes encrypted provider settings, and delivers the last cascade step', async () => {
    const listed = (await api().get('/api/v1/channels').set(stack.auth).expect(200)).body as { type: string; label: string; configured: boolean }[];
    expect(listed.map((channel) => channel.type)).toEqual(['email', 'sms', 'telegram', 'push', 'webhook', 'viber']);
    expect(listed.find((channel) => channel.type === 'viber')).toMatchObject({ label: 'Viber', configured: false, acceptsWebhooks: true });

    const invalid = await api().put('/api/v1/channels/viber/credentials').set(stack.auth).send({ senderName: 'Shop' }).expect(400);
    expect(invalid.body.details).toEqual([expect.objectContaining({ path: 'authToken', code: 'required' })]);
    const apiUrl = `http://127.0.0.1:${(viberApi.address() as AddressInfo).port}/pa`;
    await api().put('/api/v1/channels/viber/credentials').set(stack.auth).send({ authToken: TOKEN, senderName: 'Shop', apiUrl }).expect(204);
    const after = await api().get('/api/v1/channels').set(stack.auth).expect(200);
    expect(after.body.find((channel: { type: string }) => channel.type === 'viber').configured).toBe(true);
    expect(JSON.stringify(after.body)).not.toContain(TOKEN);
    const [stored] = await stack.db.dataSource.query(`SELECT sealed FROM channel_credentials WHERE channel = 'viber'`);
    expect(stored.sealed).not.toContain(TOKEN);

    const graph = {
      nodes: [
        { id: 'start', type: 'trigger', config: { kind: 'api' } },
        { id: 'remind', type: 'cascade', config: { steps: [
          { channel: 'email', content: { subject: 'Cart', body: 'Your cart' }, waitFor: 'opened', within: 'PT1S' },
          { channel: 'viber', content: { body: 'Your cart is waiting' }, buttonText: 'Open cart', buttonUrl: 'https://shop.example.com/cart' },
        ] } },
        { id: 'done', type: 'exit', config: {} },
        { id: 'gave_up', type: 'exit', config: {} },
      ],
      edges: [{ from: 'start', to: 'remind' }, { from: 'remind', handle: 'success', to: 'done' }, { from: 'remind', handle: 'exhausted', to: 'gave_up' }],
    } as JourneyGraph;
    const badButton = JSON.parse(JSON.stringify(graph));
    badButton.nodes[1].config.steps[1].buttonText = 'x'.repeat(40);
    const journey = (await api().post('/api/v1/journeys').set(stack.auth).send({ name: 'Viber cascade', graph: badButton }).expect(201)).body;
    const refused = await api().post(`/api/v1/journeys/${journey.id}/publish`).set(stack.auth).send({}).expect(422);
    expect(refused.body.details).toEqual([expect.objectContaining({ nodeId: 'remind', path: 'nodes[1].config.steps[1].buttonText', code: 'invalid_channel_config' })]);
    await api().put(`/api/v1/journeys/${journey.id}`).set(stack.auth).send({ graph }).expect(200);
    await api().post(`/api/v1/journeys/${journey.id}/publish`).set(stack.auth).send({}).expect(201);

    await api().post('/api/v1/contacts').set(stack.auth).send({ externalId: 'vera', email: 'vera@example.com', attributes: { viberId: 'viber-vera' } }).expect(201);
    const { enrollmentId } = (await api().post(`/api/v1/journeys/${journey.id}/enrollments`).set(stack.auth).send({ externalId: 'vera' }).expect(201)).body;
    const sent = await waitFor(async () => sentToViber[0], { timeoutMs: 30_000 });
    expect(sent).toMatchObject({ receiver: 'viber-vera', text: 'Your cart is waiting', sender: { name: 'Shop' } });

    // Viber reports it seen, signed with the bot token, at the URL the channel was given.
    const callback = JSON.stringify({ event: 'seen', timestamp: 1, message_token: 1001, user_id: 'viber-vera' });
    const signature = createHmac('sha256', TOKEN).update(callback).digest('hex');
    const post = (sig: string) => api().post(`/api/v1/webhooks/viber/${stack.workspaceId}`).set('content-type', 'application/json').set('x-viber-content-signature', sig).send(callback);
    await post('ab'.repeat(32)).expect(401);
    expect((await post(signature).expect(200)).body).toEqual({ recorded: 1, unknown: 0 });
    const trace = (await api().get(`/api/v1/enrollments/${enrollmentId}`).set(stack.auth).expect(200)).body;
    expect(trace.messages.map((m: { channel: string; status: string }) => `${m.channel}:${m.status}`)).toEqual(['email:sent', 'viber:opened']);
  }, 90_000);
});
