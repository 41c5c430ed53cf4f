import { schemaIssues, type ContactSnapshot } from '@cascade/journey';
import { ChannelError } from '../channel';
import { closedPortUrl, loopbackFetch, startFakeHttpProvider, type FakeHttpProvider } from '../fake-http-provider.test-helpers';
import { createOutboundFetch } from '../outbound';
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
      links: links.forMessage(MESSAGE_ID), webhookUrl: 'https://crm.example.com/api/v1/webhooks/webhook/w1', fetch: loopbackFetch,
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
      { origin: crm.url, headers: { authorization: 'Bearer s3cret' } },
    );
    const request = crm.received.at(-1)!;
    expect(request).toMatchObject({ method: 'PUT', url: '/contacts/crm%2042%2Fa/tasks?ref=e1%3Adeal%3A0%3A0' });
    expect(request.headers).toMatchObject({ 'x-contact': 'c1', authorization: 'Bearer s3cret', 'content-type': 'text/plain; charset=utf-8' });
    expect(request.body.toString()).toBe('call back');
  });

  it('sends the secret headers to their origin only: another host, port or scheme gets the call without them', async () => {
    const port = new URL(crm.url).port;
    const origins = ['https://crm.example.com', 'http://127.0.0.1:1', `https://127.0.0.1:${port}`];
    for (const origin of origins) await send({ headers: { 'X-Node': 'kept' } }, { origin, headers: { Authorization: 'Bearer s3cret', 'X-Node': 'secret' } });
    await send({}, { headers: { Authorization: 'Bearer s3cret' } } as unknown as WebhookChannelCredentials); // saved before origins were required
    const calls = crm.received.slice(-origins.length - 1);
    expect(calls).toHaveLength(4);
    for (const call of calls) expect(call.headers.authorization).toBeUndefined();
    expect(calls[0].headers['x-node']).toBe('kept');
  });

  it('takes secret headers only with an http(s) origin that has no path', () => {
    const problems = (value: Record<string, unknown>) => schemaIssues({ schema: channel.credentialsSchema!, value }).map((issue) => issue.path);
    const headers = { Authorization: 'Bearer s3cret' };
    expect(problems({ origin: 'https://crm.example.com', headers })).toEqual([]);
    expect(problems({ origin: 'http://127.0.0.1:8080', headers })).toEqual([]);
    expect(problems({ headers })).toEqual(['origin']);
    for (const origin of ['https://crm.example.com/', 'https://crm.example.com/api', 'https://crm.example.com?x=1', 'ftp://crm.example.com', 'crm.example.com', 'https://user@crm.example.com']) {
      expect(problems({ origin, headers })).toEqual(['origin']);
    }
  });

  it('fails for good, calling nothing, on an unknown placeholder or one the contact has no value for', async () => {
    const calls = crm.received.length;
    expect(await failure(send({ url: `${crm.url}/{{ contact.email }}` }))).toMatchObject({ retryable: false, message: expect.stringContaining('{{ contact.email }} is unknown') });
    expect(await failure(send({ url: `${crm.url}/{{ contact.externalId }}` }, null, { id: 'c2', attributes: {} })))
      .toMatchObject({ retryable: false, message: 'webhook placeholder {{ contact.externalId }} has no value for this contact' });
    expect(crm.received).toHaveLength(calls);
  });

  it('retries 408, 429, 5xx and no answer; fails for good on other refusals, with the status and the endpoint\'s short reason', async () => {
    for (const status of [408, 429, 500, 503]) {
      crm.respond = () => ({ status, body: 'busy' });
      expect(await failure(send())).toMatchObject({ retryable: true, message: expect.stringContaining(`answered ${status}: busy`) });
    }
    crm.respond = () => ({ status: 422, body: { error: 'pipeline is required', detail: 'x'.repeat(500) } });
    const refused = await failure(send());
    expect(refused).toBeInstanceOf(ChannelError);
    expect(refused.retryable).toBe(false);
    expect(refused.message).toMatch(/^webhook 127\.0\.0\.1:\d+ answered 422: pipeline is required$/);

    expect(await failure(send({ url: `${await closedPortUrl()}/deals` }))).toMatchObject({ retryable: true, message: expect.stringContaining('ECONNREFUSED') });
  });

  it('refuses an endpoint on a private address for good, naming neither path nor query, unless the allowlist names it', async () => {
    const calls = crm.received.length;
    const strict = createOutboundFetch();
    const sendWith = (url: string, fetch = strict) => channel.send({
      messageId: MESSAGE_ID, address: contact.id, contact, config: { url }, credentials: { origin: new URL(url).origin, headers: { Authorization: 'Bearer s3cret' } },
      message: { body: '{}' }, links: links.forMessage(MESSAGE_ID), webhookUrl: 'https://crm.example.com/api/v1/webhooks/webhook/w1', fetch,
    });
    for (const url of [`${crm.url}/deals?token=abc`, 'http://192.168.0.1/admin', 'http://169.254.169.254/latest/meta-data/']) {
      const refused = await failure(sendWith(url));
      expect(refused).toMatchObject({ retryable: false, message: expect.stringMatching(/^destination refused: [\d.]+ is a (loopback|private|link-local) address \(set CASCADE_OUTBOUND_ALLOWLIST to allow it\)$/) });
    }
    expect(crm.received).toHaveLength(calls);
    expect(await sendWith(`${crm.url}/deals`, createOutboundFetch({ allowlist: ['127.0.0.1'] }))).toEqual({ providerMessageId: '9001' });
  });

  it('reaches every contact', () => {
    expect(channel.address({ id: 'c3', attributes: {} })).toBe('c3');
  });
});
