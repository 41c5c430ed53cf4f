import type { ContactSnapshot } from '@cascade/journey';
import { ChannelError } from '../channel';
import { closedPortUrl, startFakeHttpProvider, type FakeHttpProvider } from '../fake-http-provider.test-helpers';
import { TrackingLinks } from '../tracking-links';
import { createSmsChannel } from './sms.channel';
import type { HttpGatewayCredentials } from './sms-schemas';

const links = new TrackingLinks({ secretKey: 'a'.repeat(64), publicUrl: 'https://crm.example.com' });
const contact: ContactSnapshot = { id: 'c1', phone: '+79990000001', attributes: {} };
const TRICKY_TEXT = 'He said "hi"\\ then\nleft & paid 100%';

// The channel against a stand-in for an SMS gateway on loopback.
describe('the sms channel through a generic HTTP gateway', () => {
  let gateway: FakeHttpProvider;
  const channel = createSmsChannel({ capture: () => Promise.reject(new Error('a configured workspace must not be captured')) });
  const credentials = (overrides: Partial<HttpGatewayCredentials> = {}): HttpGatewayCredentials => ({
    provider: 'http', url: `${gateway.url}/v1/sms`, headers: { Authorization: 'Bearer gw-key' }, from: 'Shop', messageIdPath: 'data.id',
    body: '{"to": "{{to}}", "sender": "{{ from }}", "text": "{{text}}", "ref": "{{messageId}}"}', ...overrides,
  });

  beforeAll(async () => (gateway = await startFakeHttpProvider()));
  afterAll(() => gateway.stop());
  beforeEach(() => (gateway.respond = () => ({ status: 200, body: { data: { id: 'gw-77' } } })));

  const send = (gatewayCredentials = credentials(), text = TRICKY_TEXT) => {
    const messageId = 'e1:remind:1:0';
    return channel.send({
      messageId, address: '+79990000001', contact, config: {}, credentials: gatewayCredentials,
      message: { body: text }, links: links.forMessage(messageId), webhookUrl: 'https://crm.example.com/api/v1/webhooks/sms/w1',
    });
  };
  const failure = (promise: Promise<unknown>) => promise.then(() => { throw new Error('sent'); }, (error: unknown) => error as ChannelError);

  it('posts the JSON template with escaped values and the configured headers, and reads the id from the answer', async () => {
    expect(await send()).toEqual({ providerMessageId: 'gw-77' });
    const request = gateway.received.at(-1)!;
    expect(request).toMatchObject({ method: 'POST', url: '/v1/sms' });
    expect(request.headers).toMatchObject({ authorization: 'Bearer gw-key', 'content-type': 'application/json' });
    expect(JSON.parse(request.body.toString())).toEqual({ to: '+79990000001', sender: 'Shop', text: TRICKY_TEXT, ref: 'e1:remind:1:0' });
  });

  it('a text cannot add fields to the JSON it is put in', async () => {
    await send(credentials(), 'x", "to": "+10000000000');
    expect(JSON.parse(gateway.received.at(-1)!.body.toString())).toMatchObject({ to: '+79990000001', text: 'x", "to": "+10000000000' });
  });

  it('sends a form when told, values percent-encoded, with the method and content type it names', async () => {
    const form = credentials({ method: 'PUT', contentType: 'application/x-www-form-urlencoded', body: 'phone={{to}}&msg={{text}}', messageIdPath: undefined });
    expect(await send(form)).toEqual({});
    const request = gateway.received.at(-1)!;
    expect(request.method).toBe('PUT');
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(request.body.toString()))).toEqual({ phone: '+79990000001', msg: TRICKY_TEXT });
  });

  it('retries a 5xx, a 429 and an unreachable gateway; fails a 4xx for good', async () => {
    gateway.respond = () => ({ status: 503, body: 'Service Unavailable' });
    expect(await failure(send())).toMatchObject({ retryable: true, message: 'The SMS gateway answered 503: Service Unavailable' });
    gateway.respond = () => ({ status: 429, body: { error: 'slow down' } });
    expect(await failure(send())).toMatchObject({ retryable: true });
    const unreachable = await failure(send(credentials({ url: await closedPortUrl() })));
    expect(unreachable).toBeInstanceOf(ChannelError);
    expect(unreachable).toMatchObject({ retryable: true, message: expect.stringMatching(/^The SMS gateway is unreachable: .*ECONNREFUSED/) });

    gateway.respond = () => ({ status: 400, body: { error: 'invalid phone' } });
    expect(await failure(send())).toMatchObject({ retryable: false, message: 'The SMS gateway answered 400: {"error":"invalid phone"}' });
  });

  it('takes a 200 without the id where it should be as a refusal, not retried', async () => {
    gateway.respond = () => ({ status: 200, body: { error: 'insufficient balance' } });
    expect(await failure(send())).toMatchObject({
      retryable: false, message: 'The SMS gateway answered 200 without an id at data.id: {"error":"insufficient balance"}',
    });
  });

  it('fails for good, without calling the gateway, when the template does not make JSON', async () => {
    const calls = gateway.received.length;
    const broken = await failure(send(credentials({ body: '{"text": {{text}}}' })));
    expect(broken).toMatchObject({ retryable: false, message: expect.stringContaining('does not make valid JSON') });
    expect(gateway.received).toHaveLength(calls);
  });
});
