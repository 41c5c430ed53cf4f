import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import request from 'supertest';
import { CredentialsCipher, TrackingLinks } from '@cascade/channels';
import { ChannelCredentialsStore } from '@cascade/engine';
import type { JourneyGraph } from '@cascade/journey';
import { TEST_SECRET_KEY, waitFor } from '@cascade/testing';
import { startTestStack, type TestStack } from './test-stack';

/** API trigger → one email → exit; a refused email leaves through `failed`. */
const emailJourney: JourneyGraph = {
  nodes: [
    { id: 'start', type: 'trigger', config: { kind: 'api' } },
    { id: 'cart', type: 'send', config: { channel: 'email', content: { subject: 'Your cart', body: 'See https://shop.example.com/cart' } } },
    { id: 'sent', type: 'exit', config: { reason: 'sent' } },
    { id: 'failed', type: 'exit', config: { reason: 'failed' } },
  ],
  edges: [{ from: 'start', to: 'cart' }, { from: 'cart', to: 'sent' }, { from: 'cart', handle: 'failed', to: 'failed' }],
} as JourneyGraph;

interface CapturedEmail {
  messageId: string; externalId: string; subject: string; body: string; html: string; headers: Record<string, string>;
  links: { openPixel: string; unsubscribe: string };
}

// Issue 5: email over real SMTP, end to end. Without provider settings the worker's loopback sandbox
// receives it; with them, the workspace's SMTP server (here one started by the test) does.
describe('email over SMTP', () => {
  let stack: TestStack;
  let links: TrackingLinks;
  const api = () => request(stack.app.getHttpServer());
  const pathOf = (url: string) => new URL(url).pathname;

  beforeAll(async () => {
    stack = await startTestStack('email-smtp');
    links = stack.app.get(TrackingLinks);
  });
  afterAll(() => stack?.stop());

  async function publish(): Promise<string> {
    const created = await api().post('/api/v1/journeys').set(stack.auth).send({ name: 'Cart email', graph: emailJourney }).expect(201);
    await api().post(`/api/v1/journeys/${created.body.id}/publish`).set(stack.auth).send({}).expect(201);
    return created.body.id;
  }

  async function enroll(journeyId: string, externalId: string): Promise<string> {
    await api().post('/api/v1/contacts').set(stack.auth).send({ externalId, email: `${externalId}@example.com` }).expect(201);
    return (await api().post(`/api/v1/journeys/${journeyId}/enrollments`).set(stack.auth).send({ externalId }).expect(201)).body.enrollmentId;
  }

  const trace = async (enrollmentId: string) => (await api().get(`/api/v1/enrollments/${enrollmentId}`).set(stack.auth).expect(200)).body;
  const finished = (enrollmentId: string) => waitFor(async () => {
    const current = await trace(enrollmentId);
    return current.status === 'active' ? undefined : current;
  }, { timeoutMs: 30_000 });
  const messageStatus = async (enrollmentId: string) => (await trace(enrollmentId)).messages[0].status;

  it('goes through the loopback SMTP sandbox with its parts, headers and tracking; the pixel and the link record opened and clicked', async () => {
    const enrollmentId = await enroll(await publish(), 'olga');
    const email = await waitFor(async () => ((await api().get('/api/v1/sandbox/messages?channel=email').set(stack.auth).expect(200)).body as CapturedEmail[])
      .find((message) => message.externalId === 'olga'));
    const { messageId } = email;

    expect(email.subject).toBe('Your cart');
    expect(email.body).toBe(`See https://shop.example.com/cart\n\n-- \nUnsubscribe: ${links.unsubscribe(messageId)}\n`);
    expect(email.headers).toMatchObject({
      'list-unsubscribe': `<${links.unsubscribe(messageId)}>`,
      'list-unsubscribe-post': 'List-Unsubscribe=One-Click',
      'x-cascade-message-id': messageId,
      to: 'olga@example.com',
    });
    // The sandbox has it once the SMTP server said 250; the send activity records it a moment later.
    const providerMessageId = await waitFor(async () =>
      (await stack.db.dataSource.query(`SELECT provider_message_id FROM messages WHERE id = $1`, [messageId]))[0]?.provider_message_id ?? undefined);
    expect(email.headers['message-id']).toBe(providerMessageId);

    // The HTML part: the text's link is a signed click link for this very message, then the unsubscribe link and the pixel.
    const hrefs = [...email.html.matchAll(/<a href="([^"]+)">/g)].map((match) => match[1]);
    expect(hrefs).toHaveLength(2);
    expect(links.verify(hrefs[0].split('/').at(-1)!)).toEqual({ kind: 'click', messageId, url: 'https://shop.example.com/cart' });
    expect(hrefs[1]).toBe(links.unsubscribe(messageId));
    const pixel = email.html.match(/<img src="([^"]+)" width="1" height="1" alt="">/)![1];
    expect(pixel).toBe(email.links.openPixel);

    await finished(enrollmentId);
    expect(await messageStatus(enrollmentId)).toBe('sent');
    await api().get(pathOf(pixel)).expect(200);
    expect(await messageStatus(enrollmentId)).toBe('opened');
    const click = await api().get(pathOf(hrefs[0])).expect(302);
    expect(click.headers.location).toBe('https://shop.example.com/cart');
    expect(await messageStatus(enrollmentId)).toBe('clicked');
  }, 60_000);

  it('with the workspace\'s SMTP settings, logs in to that server; a 5xx fails the message, a 4xx is retried', async () => {
    const provider = await startProvider();
    try {
      await new ChannelCredentialsStore(stack.db.dataSource, new CredentialsCipher(TEST_SECRET_KEY)).put(stack.workspaceId, 'email', {
        host: '127.0.0.1', port: provider.port, secure: false, user: 'shop', pass: 'smtp-password', from: 'Shop <news@shop.example.com>',
      });
      const journeyId = await publish();

      // 451 to the first attempt: Temporal retries the send activity, the second attempt is accepted.
      const busy = await finished(await enroll(journeyId, 'busy'));
      expect(busy.exitReason).toBe('sent');
      expect(busy.messages.map((m: { status: string }) => m.status)).toEqual(['sent']);
      expect(provider.attempts.get('busy@example.com')).toBe(2);
      expect(provider.accepted).toEqual([
        { user: 'shop', mailFrom: 'news@shop.example.com', rcptTo: ['busy@example.com'], subject: 'Your cart', cascadeId: busy.messages[0].id },
      ]);

      // 550: no retry, the message fails with the server's reason and the journey takes `failed`.
      const gone = await finished(await enroll(journeyId, 'gone'));
      expect(gone.exitReason).toBe('failed');
      expect(gone.messages.map((m: { status: string; reason: string }) => [m.status, m.reason])).toEqual([
        ['failed', expect.stringContaining('550 5.1.1 No such mailbox')],
      ]);
      expect(provider.attempts.get('gone@example.com')).toBe(1);
      expect(provider.accepted).toHaveLength(1);
    } finally {
      await provider.stop();
    }
  }, 60_000);
});

/** The workspace's "provider": SMTP with AUTH; refuses gone@ for good and busy@ once. */
async function startProvider() {
  const attempts = new Map<string, number>();
  const accepted: { user: string; mailFrom: string; rcptTo: string[]; subject?: string; cascadeId: unknown }[] = [];
  const reply = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    onAuth: (auth, _session, callback) => (auth.username === 'shop' && auth.password === 'smtp-password'
      ? callback(null, { user: auth.username }) : callback(reply(535, 'Invalid credentials'))),
    onRcptTo: ({ address }, _session, callback) => {
      attempts.set(address, (attempts.get(address) ?? 0) + 1);
      callback(address.startsWith('gone@') ? reply(550, '5.1.1 No such mailbox') : null);
    },
    onData: (stream, session, callback) => {
      simpleParser(stream).then((mail) => {
        const rcptTo = session.envelope.rcptTo.map((recipient) => recipient.address);
        if (rcptTo[0].startsWith('busy@') && attempts.get(rcptTo[0]) === 1) return callback(reply(451, '4.3.0 Try again later'));
        const mailFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        accepted.push({ user: String(session.user), mailFrom, rcptTo, subject: mail.subject, cascadeId: mail.headers.get('x-cascade-message-id') });
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    attempts,
    accepted,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
