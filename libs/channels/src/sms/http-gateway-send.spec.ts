import type { ContactSnapshot } from '@cascade/journey';
import { ChannelError } from '../channel';
import { closedPortUrl, loopbackFetch, startFakeHttpProvider, type FakeHttpProvider } from '../fake-http-provider.test-helpers';
import { createOutboundFetch, DestinationRefusedError, type OutboundFetch } from '../outbound';
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

  const send = (gatewayCredentials = credentials(), text = TRICKY_TEXT, fetch: OutboundFetch = loopbackFetch) => {
    const messageId = 'e1:remind:1:0';
    return channel.send({
      messageId, address: '+79990000001', contact, config: {}, credentials: gatewayCredentials,
      message: { body: text }, links: links.forMessage(messageId), webhookUrl: 'https://crm.example.com/api/v1/webhooks/sms/w1', fetch,
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
    expect(await failure(send())).toMatchObject({ retryable: false, message: 'The SMS gateway answered 400: invalid phone' });
  });

  it('keeps only the status and a short, clean reason of an answer: never an HTML page, never control characters', async () => {
    const page = `<!DOCTYPE html><html><head><title>500 Internal Server Error</title></head><body><pre>${'at internal.Service (/srv/app.js:1)\n'.repeat(40)}</pre></body></html>`;
    gateway.respond = () => ({ status: 500, body: page, headers: { 'Content-Type': 'text/html' } });
    expect(await failure(send())).toMatchObject({ retryable: true, message: 'The SMS gateway answered 500: no details' });

    gateway.respond = () => ({ status: 400, body: `bad\u001b[31m request\r\n\tX-Injected: yes ${'y'.repeat(500)}` });
    const refused = await failure(send());
    expect(refused.message).toMatch(/^The SMS gateway answered 400: bad \[31m request X-Injected: yes y+…$/);
    expect(refused.message.length).toBeLessThanOrEqual('The SMS gateway answered 400: '.length + 120);

    gateway.respond = () => ({ status: 422, body: { errors: [{ message: 'text\u202e too long', code: 7 }], debug: 'x'.repeat(500) } });
    expect(await failure(send())).toMatchObject({ message: 'The SMS gateway answered 422: text too long' });
  });

  it('refuses a gateway at a private address for good, calling nothing, unless the allowlist names it', async () => {
    const calls = gateway.received.length;
    const strict = createOutboundFetch();
    const refused = await failure(send(credentials(), TRICKY_TEXT, strict));
    expect(refused).toBeInstanceOf(DestinationRefusedError);
    expect(refused).toMatchObject({ retryable: false, message: 'destination refused: 127.0.0.1 is a loopback address (set CASCADE_OUTBOUND_ALLOWLIST to allow it)' });
    for (const url of ['http://10.0.0.5/v1/sms?key=s3cret', 'http://169.254.169.254/latest/meta-data/', 'http://[::ffff:192.168.1.1]/sms', 'http://[fd12::1]:8080/sms']) {
      const error = await failure(send(credentials({ url }), TRICKY_TEXT, strict));
      expect(error).toMatchObject({ retryable: false, message: expect.stringMatching(/^destination refused: \S+ is a (private|link-local|unique-local) address/) });
      expect(error.message).not.toContain('s3cret');
      expect(error.message).not.toContain('/sms');
    }
    expect(gateway.received).toHaveLength(calls);
    expect(await send(credentials(), TRICKY_TEXT, createOutboundFetch({ allowlist: ['127.0.0.0/8'] }))).toEqual({ providerMessageId: 'gw-77' });
  });

  it('takes a 200 without the id where it should be as a refusal, not retried', async () => {
    gateway.respond = () => ({ status: 200, body: { error: 'insufficient balance' } });
    expect(await failure(send())).toMatchObject({
      retryable: false, message: 'The SMS gateway answered 200 without an id at data.id: insufficient balance',
    });
  });

  it('fails for good, without calling the gateway, when the template does not make JSON', async () => {
    const calls = gateway.received.length;
    const broken = await failure(send(credentials({ body: '{"text": {{text}}}' })));
    expect(broken).toMatchObject({ retryable: false, message: expect.stringContaining('does not make valid JSON') });
    expect(gateway.received).toHaveLength(calls);
  });
});
