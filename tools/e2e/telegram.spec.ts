import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type { JourneyGraph } from '@cascade/journey';
import { waitFor } from '@cascade/testing';
import { startTestStack, type TestStack } from './test-stack';

const TOKEN = '123456789:AAE-e2e_bot_token';

/** API trigger → Telegram, waiting 2 minutes for `delivered`, then email. */
const telegramFirst = {
  nodes: [
    { id: 'start', type: 'trigger', config: { kind: 'api' } },
    { id: 'remind', type: 'cascade', config: { steps: [
      { channel: 'telegram', content: { body: 'Your cart is waiting, {{ contact.externalId }}' }, waitFor: 'delivered', within: 'PT2M' },
      { channel: 'email', content: { subject: 'Your cart', body: 'Still thinking?' } },
    ] } },
    { id: 'reached', type: 'exit', config: { reason: 'reached' } },
    { id: 'unreached', type: 'exit', config: { reason: 'exhausted' } },
  ],
  edges: [
    { from: 'start', to: 'remind' },
    { from: 'remind', handle: 'success', to: 'reached' },
    { from: 'remind', handle: 'exhausted', to: 'unreached' },
  ],
} as JourneyGraph;

/**
 * The Bot API on loopback: chat 403 blocked the bot; chat 429 meets flood control on its first
 * message; every other chat gets the message.
 */
function startBotApi() {
  const calls: { path: string; body: { chat_id: string; text: string } }[] = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk)).on('end', () => {
      const body = JSON.parse(raw);
      calls.push({ path: req.url ?? '', body });
      const tries = calls.filter((call) => call.body.chat_id === body.chat_id).length;
      const [status, answer] =
        body.chat_id === '403' ? [403, { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' }]
          : body.chat_id === '429' && tries === 1 ? [429, { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } }]
            : [200, { ok: true, result: { message_id: 500 + calls.length, chat: { id: Number(body.chat_id) }, text: body.text } }];
      res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  return { server, calls };
}

// Issue 5: Telegram through the Bot API, end to end, with the workspace's bot.
describe('telegram through the Bot API', () => {
  let stack: TestStack;
  const botApi = startBotApi();
  const api = () => request(stack.app.getHttpServer());

  beforeAll(async () => {
    await new Promise<void>((resolve) => botApi.server.listen(0, '127.0.0.1', resolve));
    stack = await startTestStack('telegram');
  });
  afterAll(async () => {
    await stack?.stop();
    await new Promise((resolve) => botApi.server.close(resolve));
  });

  async function enroll(journeyId: string, externalId: string, telegramChatId: string): Promise<string> {
    await api().post('/api/v1/contacts').set(stack.auth).send({ externalId, email: `${externalId}@example.com`, telegramChatId }).expect(201);
    return (await api().post(`/api/v1/journeys/${journeyId}/enrollments`).set(stack.auth).send({ externalId }).expect(201)).body.enrollmentId;
  }
  const finished = (enrollmentId: string) => waitFor(async () => {
    const trace = (await api().get(`/api/v1/enrollments/${enrollmentId}`).set(stack.auth).expect(200)).body;
    return trace.status === 'active' ? undefined : trace;
  }, { timeoutMs: 30_000 });
  const emailsTo = async (externalId: string) => ((await api().get('/api/v1/sandbox/messages?channel=email').set(stack.auth).expect(200)).body as { externalId: string }[])
    .filter((message) => message.externalId === externalId);

  it('a message the Bot API accepts is delivered and ends the wait at once; a blocked bot fails it and the cascade goes on to email', async () => {
    const apiUrl = `http://127.0.0.1:${(botApi.server.address() as AddressInfo).port}`;
    await api().put('/api/v1/channels/telegram/credentials').set(stack.auth).send({ botToken: 'not a token' }).expect(400);
    await api().put('/api/v1/channels/telegram/credentials').set(stack.auth).send({ botToken: TOKEN, apiUrl }).expect(204);
    const created = await api().post('/api/v1/journeys').set(stack.auth).send({ name: 'Telegram first', graph: telegramFirst }).expect(201);
    await api().post(`/api/v1/journeys/${created.body.id}/publish`).set(stack.auth).send({}).expect(201);

    // Delivered: well inside the 2-minute window, the cascade leaves through `success` without email.
    const delivered = await finished(await enroll(created.body.id, 'anna', '100'));
    expect(delivered).toMatchObject({ status: 'exited', exitReason: 'reached' });
    expect(delivered.messages.map((m: { channel: string; status: string }) => `${m.channel}:${m.status}`)).toEqual(['telegram:delivered']);
    expect(delivered.steps.filter((s: { kind: string }) => s.kind.startsWith('message_')).map((s: { kind: string; status: string | null }) => `${s.kind}:${s.status ?? ''}`))
      .toEqual(['message_sent:', 'message_status:delivered']);
    expect(botApi.calls[0]).toEqual({ path: `/bot${TOKEN}/sendMessage`, body: { chat_id: '100', text: 'Your cart is waiting, anna' } });
    expect(await emailsTo('anna')).toHaveLength(0);

    // Blocked: a permanent refusal, Telegram's reason on the message, then the email.
    const blocked = await finished(await enroll(created.body.id, 'boris', '403'));
    expect(blocked.messages.map((m: { channel: string; status: string; reason: string | null }) => [m.channel, m.status, m.reason])).toEqual([
      ['telegram', 'failed', 'Telegram refused the message: Forbidden: bot was blocked by the user'],
      ['email', 'sent', null],
    ]);
    expect(botApi.calls.filter((call) => call.body.chat_id === '403')).toHaveLength(1);
    expect(await emailsTo('boris')).toHaveLength(1);

    // Flood control: Temporal retries the send with the same id; Telegram gets it twice, the chat once.
    const limited = await finished(await enroll(created.body.id, 'vera', '429'));
    expect(limited.messages.map((m: { channel: string; status: string }) => `${m.channel}:${m.status}`)).toEqual(['telegram:delivered']);
    expect(botApi.calls.filter((call) => call.body.chat_id === '429')).toHaveLength(2);
  }, 90_000);
});
