import type { ContactSnapshot } from '@cascade/journey';
import { ChannelError } from '../channel';
import { closedPortUrl, startFakeHttpProvider, type FakeHttpProvider } from '../fake-http-provider.test-helpers';
import { TrackingLinks } from '../tracking-links';
import { createWebhookChannel } from './webhook.channel';
import type { WebhookChannelConfig, WebhookChannelCredentials } from './webhook-schemas';

const links = new TrackingLinks({ secretKey: 'a'.repeat(64), publicUrl: 'https://crm.example.com' });
const contact: ContactSnapshot = { id: 'c1', externalId: 'crm 42/a', attributes: {} };
const MESSAGE_ID = 'e1:deal:0:0';

// The channel against a CRM endpoint on loopback.
describe('the webhook channel', () => {
  let crm: FakeHttpProvider;
  const channel = createWebhookChannel();

  beforeAll(async () => (crm = await startFakeHttpProvider()));
  afterAll(() => crm.stop());
  beforeEach(() => (crm.respond = () => ({ status: 201, body: { id: 9001, title: 'Cart deal' } })));

  const send = (config: Partial<WebhookChannelConfig> = {}, credentials: WebhookChannelCredentials | null = null, target: ContactSnapshot = contact) =>
    channel.send({
      messageId: MESSAGE_ID, address: target.id, contact: target, config: { url: `${crm.url}/deals`, ...config }, credentials,
      message: { body: '{"title":"Cart deal","contact":"c1"}' },
      links: links.forMessage(MESSAGE_ID), webhookUrl: 'https://crm.example.com/api/v1/webhooks/webhook/w1',
    });
  const failure = (promise: Promise<unknown>) => promise.then(() => { throw new Error('sent'); }, (error: unknown) => error as ChannelError);

  it('posts the rendered message as JSON with an Idempotency-Key, and keeps the id the endpoint answers', async () => {
    expect(await send()).toEqual({ providerMessageId: '9001' });
    const request = crm.received.at(-1)!;
    expect(request).toMatchObject({ method: 'POST', url: '/deals' });
    expect(request.headers).toMatchObject({ 'content-type': 'application/json', 'idempotency-key': MESSAGE_ID });
    expect(JSON.parse(request.body.toString())).toEqual({ title: 'Cart deal', contact: 'c1' });

    crm.respond = () => ({ status: 204 });
    expect(await send()).toEqual({});
  });

  it('fills the placeholders of URL and headers, encoded for the URL, and puts secret headers over the node\'s', async () => {
    await send(
      { url: `${crm.url}/contacts/{{ contact.externalId }}/tasks?ref={{messageId}}`, method: 'PUT', body: 'call back', headers: { 'X-Contact': '{{ contact.id }}', Authorization: 'from the graph' } },
      { headers: { authorization: 'Bearer s3cret' } },
    );
    const request = crm.received.at(-1)!;
    expect(request).toMatchObject({ method: 'PUT', url: '/contacts/crm%2042%2Fa/tasks?ref=e1%3Adeal%3A0%3A0' });
    expect(request.headers).toMatchObject({ 'x-contact': 'c1', authorization: 'Bearer s3cret', 'content-type': 'text/plain; charset=utf-8' });
    expect(request.body.toString()).toBe('call back');
  });

  it('fails for good, calling nothing, on an unknown placeholder or one the contact has no value for', async () => {
    const calls = crm.received.length;
    expect(await failure(send({ url: `${crm.url}/{{ contact.email }}` }))).toMatchObject({ retryable: false, message: expect.stringContaining('{{ contact.email }} is unknown') });
    expect(await failure(send({ url: `${crm.url}/{{ contact.externalId }}` }, null, { id: 'c2', attributes: {} })))
      .toMatchObject({ retryable: false, message: 'webhook placeholder {{ contact.externalId }} has no value for this contact' });
    expect(crm.received).toHaveLength(calls);
  });

  it('retries 408, 429, 5xx and no answer; fails for good on other refusals, with the status and the start of the answer', async () => {
    for (const status of [408, 429, 500, 503]) {
      crm.respond = () => ({ status, body: 'busy' });
      expect(await failure(send())).toMatchObject({ retryable: true, message: expect.stringContaining(`answered ${status}: busy`) });
    }
    crm.respond = () => ({ status: 422, body: { error: 'pipeline is required', detail: 'x'.repeat(500) } });
    const refused = await failure(send());
    expect(refused).toBeInstanceOf(ChannelError);
    expect(refused.retryable).toBe(false);
    expect(refused.message).toMatch(/^webhook 127\.0\.0\.1:\d+ answered 422: \{"error":"pipeline is required","detail":"x+"?$/);
    expect(refused.message.length).toBeLessThan(260);

    expect(await failure(send({ url: `${await closedPortUrl()}/deals` }))).toMatchObject({ retryable: true, message: expect.stringContaining('ECONNREFUSED') });
  });

  it('reaches every contact', () => {
    expect(channel.address({ id: 'c3', attributes: {} })).toBe('c3');
  });
});
