import { createHmac, timingSafeEqual } from 'node:crypto';
import request from 'supertest';
import { defineChannel, TrackingLinks, WebhookRejectedError } from '@cascade/channels';
import type { JourneyGraph } from '@cascade/journey';
import { waitFor } from '@cascade/testing';
import { startTestStack, type TestStack } from './test-stack';

/** A provider as a plug-in would wrap it: its own message ids, callbacks signed with a shared secret. */
const ACME_SECRET = 'acme-webhook-secret';
const acmeSms = defineChannel({
  type: 'acme_sms',
  label: 'Acme SMS',
  configSchema: { type: 'object' },
  address: (contact) => contact.phone ?? null,
  async send({ messageId }) {
    return { providerMessageId: `acme-${messageId.split(':')[0]}` };
  },
  parseWebhook({ headers, rawBody, body }) {
    const expected = createHmac('sha256', ACME_SECRET).update(rawBody).digest();
    const given = Buffer.from(String(headers['x-acme-signature'] ?? ''), 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new WebhookRejectedError('bad signature');
    const { sid, state } = body as { sid: string; state: string };
    return [{ providerMessageId: sid, status: state === 'DELIVRD' ? 'delivered' : 'failed' }];
  },
});
const signed = (payload: object) => {
  const raw = JSON.stringify(payload);
  return { raw, signature: createHmac('sha256', ACME_SECRET).update(raw).digest('hex') };
};

/** API trigger → a cascade whose first step waits long for `waitFor`: only a delivery event ends it early. */
function cascadeJourney(first: { channel: string; waitFor: string }): JourneyGraph {
  return {
    nodes: [
      { id: 'start', type: 'trigger', config: { kind: 'api' } },
      { id: 'remind', type: 'cascade', config: { steps: [
        { channel: first.channel, content: { subject: 'Your cart', body: 'Still thinking?' }, waitFor: first.waitFor, within: 'PT2M' },
        { channel: 'telegram', content: { body: 'Your cart is waiting' } },
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
}

interface Captured { messageId: string; externalId: string; status: string; links: { openPixel: string; unsubscribe: string } }

describe('delivery events: tracking links, unsubscribe links and provider webhooks', () => {
  let stack: TestStack;
  let links: TrackingLinks;
  const api = () => request(stack.app.getHttpServer());
  const pathOf = (url: string) => new URL(url).pathname;

  beforeAll(async () => {
    stack = await startTestStack('deliveries', { plugins: [acmeSms] });
    links = stack.app.get(TrackingLinks);
  });
  afterAll(() => stack?.stop());

  async function publish(graph: JourneyGraph): Promise<string> {
    const created = await api().post('/api/v1/journeys').set(stack.auth).send({ name: 'Cascade', graph }).expect(201);
    await api().post(`/api/v1/journeys/${created.body.id}/publish`).set(stack.auth).send({}).expect(201);
    return created.body.id;
  }

  async function enroll(journeyId: string, externalId: string): Promise<string> {
    await api().post('/api/v1/contacts').set(stack.auth).send({ externalId, email: `${externalId}@example.com`, phone: '+79990000001', telegramChatId: '42' }).expect(201);
    return (await api().post(`/api/v1/journeys/${journeyId}/enrollments`).set(stack.auth).send({ externalId }).expect(201)).body.enrollmentId;
  }

  const captured = async (externalId: string, channel: string) =>
    ((await api().get(`/api/v1/sandbox/messages?channel=${channel}`).set(stack.auth).expect(200)).body as Captured[])
      .find((message) => message.externalId === externalId);
  const finished = (enrollmentId: string) => waitFor(async () => {
    const trace = (await api().get(`/api/v1/enrollments/${enrollmentId}`).set(stack.auth).expect(200)).body;
    return trace.status === 'active' ? undefined : trace;
  }, { timeoutMs: 30_000 });

  it('the open pixel marks the email opened and the cascade stops escalating at once', async () => {
    const journeyId = await publish(cascadeJourney({ channel: 'email', waitFor: 'opened' }));
    const enrollmentId = await enroll(journeyId, 'olga');
    const email = await waitFor(() => captured('olga', 'email'));

    const pixel = await api().get(pathOf(email.links.openPixel)).expect(200);
    expect(pixel.headers['content-type']).toBe('image/gif');
    expect(pixel.headers['cache-control']).toContain('no-store');

    // Well before the 2-minute window: the open ended the wait.
    const trace = await finished(enrollmentId);
    expect(trace.messages.map((m: { channel: string; status: string }) => `${m.channel}:${m.status}`)).toEqual(['email:opened']);
    expect(await captured('olga', 'telegram')).toBeUndefined();
  }, 60_000);

  it('a click redirects to the signed target and counts as clicked; a forged link records nothing', async () => {
    const journeyId = await publish(cascadeJourney({ channel: 'email', waitFor: 'clicked' }));
    const enrollmentId = await enroll(journeyId, 'pavel');
    const email = await waitFor(() => captured('pavel', 'email'));
    const target = 'https://shop.example.com/cart?utm_source=cascade';

    const forged = links.click(email.messageId, target).replace(/\.[\w-]+$/, '.AAAA');
    await api().get(pathOf(forged)).expect(404);
    await api().get(pathOf(links.openPixel(email.messageId)).replace('/t/o/', '/t/c/')).expect(404); // an open token is no click
    expect((await captured('pavel', 'email'))!.status).toBe('sent');

    const click = await api().get(pathOf(links.click(email.messageId, target))).expect(302);
    expect(click.headers.location).toBe(target);
    const trace = await finished(enrollmentId);
    expect(trace.messages.map((m: { status: string }) => m.status)).toEqual(['clicked']);
  }, 60_000);

  it('the unsubscribe link asks first, then unsubscribes the contact from that channel only, once', async () => {
    const journeyId = await publish(cascadeJourney({ channel: 'email', waitFor: 'opened' }));
    const first = await enroll(journeyId, 'rita');
    const email = await waitFor(() => captured('rita', 'email'));
    await api().post(`/api/v1/enrollments/${first}/cancel`).set(stack.auth).expect(202);

    const page = await api().get(pathOf(email.links.unsubscribe)).expect(200);
    expect(page.text).toContain('<form method="post">');
    const contactId = (await api().get('/api/v1/contacts?query=rita').set(stack.auth).expect(200)).body.items[0].id;
    const contact = async () => (await api().get(`/api/v1/contacts/${contactId}`).set(stack.auth).expect(200)).body;
    expect((await contact()).subscriptions).toEqual({}); // a GET (a mail scanner) changes nothing

    // RFC 8058 one-click, twice (the mail client and the contact): one unsubscription, one event.
    for (let i = 0; i < 2; i++) {
      const done = await api().post(pathOf(email.links.unsubscribe)).type('form').send('List-Unsubscribe=One-Click').expect(200);
      expect(done.text).toContain('We will not send you emails any more.');
    }
    expect((await contact()).subscriptions).toEqual({ email: false });
    const events = await stack.db.dataSource.query(`SELECT name, properties FROM contact_events WHERE contact_id = $1`, [contactId]);
    expect(events).toEqual([{ name: 'unsubscribed', properties: { channel: 'email', messageId: email.messageId, journeyId } }]);

    // Later: the email is skipped with its reason, the cascade goes on to Telegram.
    await finished(first);
    const second = (await api().post(`/api/v1/journeys/${journeyId}/enrollments`).set(stack.auth).send({ externalId: 'rita' }).expect(201)).body.enrollmentId;
    const trace = await finished(second);
    expect(trace.messages.map((m: { channel: string; status: string; reason: string | null }) => [m.channel, m.status, m.reason])).toEqual([
      ['email', 'skipped', 'unsubscribed from email'], ['telegram', 'sent', null],
    ]);
  }, 60_000);

  it('an email bounce report signed with the workspace secret marks the message bounced; an unsigned one is refused', async () => {
    const journeyId = await publish(cascadeJourney({ channel: 'email', waitFor: 'opened' }));
    await enroll(journeyId, 'tamara');
    const email = await waitFor(() => captured('tamara', 'email'));
    const secret = 'bounce-secret-0123456789';
    await api().put('/api/v1/channels/email/credentials').set(stack.auth)
      .send({ host: '127.0.0.1', port: 2525, from: 'Shop <news@shop.example.com>', webhookSecret: secret }).expect(204);
    const report = JSON.stringify({ events: [{ messageId: email.messageId, status: 'bounced', reason: '550 5.1.1 mailbox unavailable' }] });
    const post = (signature?: string) => {
      const call = api().post(`/api/v1/webhooks/email/${stack.workspaceId}`).set('content-type', 'application/json');
      return (signature ? call.set('x-cascade-signature', signature) : call).send(report);
    };
    await post().expect(401);
    await post(`sha256=${createHmac('sha256', 'wrong-secret-0123456789').update(report).digest('hex')}`).expect(401);
    expect((await post(`sha256=${createHmac('sha256', secret).update(report).digest('hex')}`).expect(200)).body).toEqual({ recorded: 1, unknown: 0 });
    const [message] = await stack.db.dataSource.query(`SELECT status, reason FROM messages WHERE id = $1`, [email.messageId]);
    expect(message).toEqual({ status: 'bounced', reason: '550 5.1.1 mailbox unavailable' });
    // The cascade waited for an open within 2 minutes; the bounce sends it on to Telegram now.
    await waitFor(() => captured('tamara', 'telegram'), { timeoutMs: 30_000 });
    await api().delete('/api/v1/channels/email/credentials').set(stack.auth).expect(204);
  }, 60_000);

  it('a provider callback with a valid signature records the status and ends the wait; a bad one is refused', async () => {
    const journeyId = await publish(cascadeJourney({ channel: 'acme_sms', waitFor: 'delivered' }));
    const enrollmentId = await enroll(journeyId, 'semyon');
    const sid = `acme-${enrollmentId}`;
    await waitFor(async () => {
      const [row] = await stack.db.dataSource.query(`SELECT status FROM messages WHERE enrollment_id = $1`, [enrollmentId]);
      return row?.status === 'sent' || undefined;
    });

    const forged = signed({ sid, state: 'DELIVRD' });
    await api().post('/api/v1/webhooks/acme_sms').set('content-type', 'application/json').set('x-acme-signature', '00'.repeat(32)).send(forged.raw).expect(401);
    await api().post('/api/v1/webhooks/telegram').send({}).expect(404); // the Telegram sandbox takes no callbacks
    await api().post('/api/v1/webhooks/nope').send({}).expect(404);
    const unknown = signed({ sid: 'acme-unknown', state: 'DELIVRD' });
    expect((await api().post('/api/v1/webhooks/acme_sms').set('content-type', 'application/json').set('x-acme-signature', unknown.signature)
      .send(unknown.raw).expect(200)).body).toEqual({ recorded: 0, unknown: 1 });

    const callback = signed({ sid, state: 'DELIVRD' });
    expect((await api().post('/api/v1/webhooks/acme_sms').set('content-type', 'application/json').set('x-acme-signature', callback.signature)
      .send(callback.raw).expect(200)).body).toEqual({ recorded: 1, unknown: 0 });
    const trace = await finished(enrollmentId);
    expect(trace.messages.map((m: { channel: string; status: string }) => `${m.channel}:${m.status}`)).toEqual(['acme_sms:delivered']);
  }, 60_000);
});
