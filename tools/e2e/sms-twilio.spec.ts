import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type { JourneyGraph } from '@cascade/journey';
import { waitFor } from '@cascade/testing';
import { startTestStack, type TestStack } from './test-stack';

const ACCOUNT_SID = 'AC0123456789abcdef0123456789abcdef';
const AUTH_TOKEN = 'twilio-auth-token-0123456789';
const BUSY_PHONE = '+15550000001';
const INVALID_PHONE = '+15550000400';

/** API trigger → a cascade: SMS waiting up to 2 minutes for `delivered`, then Telegram. */
const smsCascade: JourneyGraph = {
  nodes: [
    { id: 'start', type: 'trigger', config: { kind: 'api' } },
    { id: 'remind', type: 'cascade', config: { steps: [
      { channel: 'sms', content: { body: 'Your cart is waiting: https://shop.example.com/cart' }, waitFor: 'delivered', within: 'PT2M' },
      { channel: 'telegram', content: { body: 'Your cart is still waiting' } },
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

interface TraceMessage { channel: string; status: string; reason: string | null }

// Issue 5: SMS through a Twilio-compatible API, end to end through the API and the worker, with a
// local server standing in for Twilio (docs/development.md#tests: third-party HTTP mocked at the HTTP level).
describe('sms through Twilio', () => {
  let stack: TestStack;
  let twilio: FakeTwilio;
  const api = () => request(stack.app.getHttpServer());
  const callbackUrl = (messageId: string) => `http://127.0.0.1:3000/api/v1/webhooks/sms/${stack.workspaceId}?messageId=${encodeURIComponent(messageId)}`;

  beforeAll(async () => {
    twilio = await startFakeTwilio();
    stack = await startTestStack('sms-twilio');
    await api().put('/api/v1/channels/sms/credentials').set(stack.auth)
      .send({ provider: 'twilio', accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, from: '+15550009999', apiUrl: twilio.url }).expect(204);
  });
  afterAll(async () => {
    await stack?.stop();
    await twilio?.stop();
  });

  async function enroll(externalId: string, phone: string): Promise<string> {
    const created = await api().post('/api/v1/journeys').set(stack.auth).send({ name: `SMS cascade for ${externalId}`, graph: smsCascade }).expect(201);
    await api().post(`/api/v1/journeys/${created.body.id}/publish`).set(stack.auth).send({}).expect(201);
    await api().post('/api/v1/contacts').set(stack.auth).send({ externalId, phone, telegramChatId: '4242' }).expect(201);
    return (await api().post(`/api/v1/journeys/${created.body.id}/enrollments`).set(stack.auth).send({ externalId }).expect(201)).body.enrollmentId;
  }
  const trace = async (enrollmentId: string) => (await api().get(`/api/v1/enrollments/${enrollmentId}`).set(stack.auth).expect(200)).body;
  const finished = (enrollmentId: string) => waitFor(async () => {
    const current = await trace(enrollmentId);
    return current.status === 'active' ? undefined : current;
  }, { timeoutMs: 60_000 });

  it('lists sms as configured and taking callbacks, never showing the token', async () => {
    const listed = await api().get('/api/v1/channels').set(stack.auth).expect(200);
    expect(listed.body.find((channel: { type: string }) => channel.type === 'sms')).toMatchObject({ label: 'SMS', configured: true, acceptsWebhooks: true });
    expect(JSON.stringify(listed.body)).not.toContain(AUTH_TOKEN);
  });

  it('a 500 is retried without a second message; a signed delivered callback ends the cascade at once, an unsigned one is refused', async () => {
    const enrollmentId = await enroll('busy', BUSY_PHONE);

    // Twilio's first answer is a 500 (no message created); Temporal retries the send, the second creates it.
    const sent = await waitFor(async () => (await trace(enrollmentId)).messages.find((m: TraceMessage) => m.status === 'sent'), { timeoutMs: 60_000 });
    expect(twilio.posts.filter((post) => post.To === BUSY_PHONE)).toHaveLength(2);
    expect(twilio.created).toHaveLength(1);
    const message = twilio.created[0];
    expect(message.form).toEqual({
      To: BUSY_PHONE, From: '+15550009999', Body: 'Your cart is waiting: https://shop.example.com/cart', StatusCallback: callbackUrl(sent.id),
    });
    expect(message.authorization).toBe(`Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64')}`);
    const [row] = await stack.db.dataSource.query(`SELECT provider_message_id FROM messages WHERE id = $1`, [sent.id]);
    expect(row.provider_message_id).toBe(message.sid);

    // Twilio posts the status form-encoded, signed over the callback URL it was given.
    const status = { AccountSid: ACCOUNT_SID, ApiVersion: '2010-04-01', From: '+15550009999', To: BUSY_PHONE, MessageSid: message.sid, SmsSid: message.sid, MessageStatus: 'delivered', SmsStatus: 'delivered' };
    const body = new URLSearchParams(status).toString();
    const post = () => api().post(new URL(callbackUrl(sent.id)).pathname + new URL(callbackUrl(sent.id)).search).type('form');
    await post().send(body).expect(401);
    await post().set('x-twilio-signature', sign(callbackUrl(sent.id), { ...status, MessageStatus: 'failed' })).send(body).expect(401);
    // Signed for another message's URL: refused, so the id in the URL cannot be swapped.
    await post().set('x-twilio-signature', sign(callbackUrl(`${sent.id}x`), status)).send(body).expect(401);
    expect((await post().set('x-twilio-signature', sign(callbackUrl(sent.id), status)).send(body).expect(200)).body).toEqual({ recorded: 1, unknown: 0 });

    // Well inside the 2-minute window: delivered ended the wait, Telegram was never tried.
    const done = await finished(enrollmentId);
    expect(done.exitReason).toBe('reached');
    expect(done.steps).toContainEqual(expect.objectContaining({ kind: 'node_exited', nodeId: 'remind', handle: 'success' }));
    expect(done.messages.map((m: TraceMessage) => `${m.channel}:${m.status}`)).toEqual(['sms:delivered']);
  }, 120_000);

  it('a 400 fails the message with Twilio\'s reason after one attempt, and the cascade moves on to Telegram', async () => {
    const enrollmentId = await enroll('invalid', INVALID_PHONE);
    const done = await finished(enrollmentId);
    expect(done.messages.map((m: TraceMessage) => m.channel)).toEqual(['sms', 'telegram']);
    expect(done.messages[0]).toMatchObject({
      status: 'failed', reason: `Twilio answered 400, error 21211: The 'To' number ${INVALID_PHONE} is not a valid phone number.`,
    });
    expect(twilio.posts.filter((post) => post.To === INVALID_PHONE)).toHaveLength(1);
  }, 120_000);
});

/** X-Twilio-Signature, computed here from Twilio's documented recipe rather than with the channel's own code. */
function sign(url: string, params: Record<string, string>): string {
  const data = Object.keys(params).sort().reduce((text, name) => text + name + params[name], url);
  return createHmac('sha1', AUTH_TOKEN).update(data).digest('base64');
}

interface FakeTwilio {
  url: string;
  /** Every message creation request's form, accepted or not. */
  posts: Record<string, string>[];
  created: { sid: string; form: Record<string, string>; authorization: string | undefined }[];
  stop(): Promise<void>;
}

/** Twilio's Messages API on loopback: the first request for BUSY_PHONE meets a 500, INVALID_PHONE a 400; the rest are created. */
async function startFakeTwilio(): Promise<FakeTwilio> {
  const posts: FakeTwilio['posts'] = [];
  const created: FakeTwilio['created'] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk)).on('end', () => {
      const answer = (status: number, body: object) => res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
      if (req.method !== 'POST' || req.url !== `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`) return answer(404, { code: 20404, message: 'Not found' });
      const form = Object.fromEntries(new URLSearchParams(raw));
      posts.push(form);
      if (form.To === BUSY_PHONE && posts.filter((post) => post.To === BUSY_PHONE).length === 1) return answer(500, { code: 20500, message: 'Internal Server Error', status: 500 });
      if (form.To === INVALID_PHONE) return answer(400, { code: 21211, message: `The 'To' number ${form.To} is not a valid phone number.`, status: 400 });
      const sid = `SM${String(created.length + 1).padStart(32, '0')}`;
      created.push({ sid, form, authorization: req.headers.authorization });
      answer(201, { sid, status: 'queued', to: form.To, from: form.From, body: form.Body });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    posts,
    created,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
