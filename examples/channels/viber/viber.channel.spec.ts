import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ChannelError, createOutboundFetch, DestinationRefusedError, WebhookRejectedError, type ChannelSendInput } from '@cascade/channels';
import viber, { type ViberConfig, type ViberCredentials } from './viber.channel';

/** A stand-in for chatapi.viber.com on loopback: answers what the test says, records what it got. */
let server: Server;
let apiUrl: string;
let answer: { status: number; body: unknown } = { status: 200, body: { status: 0, status_message: 'ok', message_token: 5741311803571721000 } };
const received: { headers: IncomingMessage['headers']; body: Record<string, unknown> }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk) => (raw += chunk)).on('end', () => {
      received.push({ headers: request.headers, body: JSON.parse(raw) });
      response.writeHead(answer.status, { 'Content-Type': 'application/json' }).end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pa`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** As a deployment with CASCADE_OUTBOUND_ALLOWLIST=127.0.0.1 gives it: the stand-in is on loopback. */
const loopbackFetch = createOutboundFetch({ allowlist: ['127.0.0.1'] });
const credentials = (): ViberCredentials => ({ authToken: 'bot-token-0123456789', senderName: 'Cascade Shop', apiUrl });
const input = (config: ViberConfig = {}): ChannelSendInput<ViberConfig, ViberCredentials> => ({
  messageId: 'enr:remind:2:1', address: 'viber-user-1', config, credentials: credentials(), webhookUrl: 'http://cascade/api/v1/webhooks/viber/ws',
  contact: { id: 'c1', email: null, phone: null, telegramChatId: null, timezone: null, attributes: { viberId: 'viber-user-1' }, subscriptions: {}, tags: [] },
  message: { body: 'Your cart is waiting' },
  links: { openPixel: 'http://cascade/o', unsubscribe: 'http://cascade/u', click: (url) => `http://cascade/c?u=${encodeURIComponent(url)}` },
  fetch: loopbackFetch,
});

describe('the Viber example plug-in', () => {
  it('sends a text from the bot with its token, the button link tracked', async () => {
    const sent = await viber.send(input({ buttonText: 'Open cart', buttonUrl: 'https://shop.example.com/cart' }));
    expect(sent).toEqual({ providerMessageId: '5741311803571721000' });
    const request = received.at(-1)!;
    expect(request.headers['x-viber-auth-token']).toBe('bot-token-0123456789');
    expect(request.body).toMatchObject({ receiver: 'viber-user-1', type: 'text', text: 'Your cart is waiting', sender: { name: 'Cascade Shop' } });
    expect(request.body.keyboard).toMatchObject({ Buttons: [{ ActionType: 'open-url', Text: 'Open cart', ActionBody: 'http://cascade/c?u=https%3A%2F%2Fshop.example.com%2Fcart' }] });
  });

  it('retries what Viber may accept later and not what it refuses', async () => {
    answer = { status: 503, body: {} };
    await expect(viber.send(input())).rejects.toMatchObject({ retryable: true });
    answer = { status: 200, body: { status: 6, status_message: 'receiverNotSubscribed' } };
    const refusal = await viber.send(input()).catch((error: ChannelError) => error);
    expect(refusal).toBeInstanceOf(ChannelError);
    expect(refusal).toMatchObject({ retryable: false, message: 'Viber refused the message: receiverNotSubscribed' });
    await expect(viber.send({ ...input(), credentials: null })).rejects.toMatchObject({ retryable: false });
  });

  it('calls through the fetch Cascade gives it: a private API URL is refused for good unless allowlisted', async () => {
    const calls = received.length;
    const refusal = await viber.send({ ...input(), fetch: createOutboundFetch() }).catch((error: ChannelError) => error);
    expect(refusal).toBeInstanceOf(DestinationRefusedError);
    expect(refusal).toMatchObject({ retryable: false, message: expect.stringMatching(/^destination refused: 127\.0\.0\.1 is a loopback address/) });
    expect(received).toHaveLength(calls);
  });

  it('reads signed delivery callbacks and rejects unsigned ones', () => {
    const raw = Buffer.from(JSON.stringify({ event: 'seen', timestamp: 1, message_token: 42, user_id: 'viber-user-1' }));
    const request = (signature: string) => ({ url: '', query: {}, headers: { 'x-viber-content-signature': signature }, rawBody: raw, body: JSON.parse(raw.toString()) });
    const signature = createHmac('sha256', 'bot-token-0123456789').update(raw).digest('hex');
    expect(viber.parseWebhook!(request(signature), { credentials: credentials() })).toEqual([{ providerMessageId: '42', status: 'opened' }]);
    expect(() => viber.parseWebhook!(request('00'.repeat(32)), { credentials: credentials() })).toThrow(WebhookRejectedError);
    expect(() => viber.parseWebhook!(request(signature), { credentials: null })).toThrow(WebhookRejectedError);
  });
});
