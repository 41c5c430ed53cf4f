import { generateVAPIDKeys } from 'web-push';
import type { ContactSnapshot } from '@cascade/journey';
import { ChannelError } from '../channel';
import { closedPortUrl, loopbackFetch, startFakeHttpProvider, type FakeHttpProvider } from '../fake-http-provider.test-helpers';
import type { CapturedMessage } from '../sandbox-capture';
import { TrackingLinks } from '../tracking-links';
import { createPushChannel } from './push.channel';
import type { PushConfig, PushCredentials } from './push-schemas';
import { createFakeSubscriber } from './push-subscriber.test-helpers';

const links = new TrackingLinks({ secretKey: 'a'.repeat(64), publicUrl: 'https://crm.example.com' });
const vapid = generateVAPIDKeys();
const credentials: PushCredentials = { vapidPublicKey: vapid.publicKey, vapidPrivateKey: vapid.privateKey, subject: 'mailto:ops@shop.example.com' };

// The channel against a push service on loopback, with a subscription whose keys the test holds like a browser.
describe('the push channel', () => {
  let pushService: FakeHttpProvider;
  const subscriber = createFakeSubscriber();
  const captured: CapturedMessage[] = [];
  const channel = createPushChannel({ capture: async (message) => void captured.push(message) });
  let contact: ContactSnapshot;

  beforeAll(async () => {
    pushService = await startFakeHttpProvider();
    contact = { id: 'c1', attributes: { pushSubscription: subscriber.subscription(`${pushService.url}/push/device-1`) } };
  });
  afterAll(() => pushService.stop());
  beforeEach(() => (pushService.respond = () => ({ status: 201 })));

  const send = (options: { config?: PushConfig; credentials?: PushCredentials | null; address?: string } = {}) => {
    const messageId = 'e1:remind:0:0';
    return channel.send({
      messageId, address: options.address ?? channel.address(contact)!, contact, config: options.config ?? {},
      credentials: options.credentials === undefined ? credentials : options.credentials,
      message: { subject: 'Your cart', body: 'Still thinking?' },
      links: links.forMessage(messageId), webhookUrl: 'https://crm.example.com/api/v1/webhooks/push/w1', fetch: loopbackFetch,
    });
  };
  const failure = (promise: Promise<unknown>) => promise.then(() => { throw new Error('sent'); }, (error: unknown) => error as ChannelError);

  it('posts an encrypted, VAPID-signed notification that the subscriber can read', async () => {
    await send({ config: { url: 'https://shop.example.com/cart', ttl: 3600 } });
    const request = pushService.received.at(-1)!;
    expect(request).toMatchObject({ method: 'POST', url: '/push/device-1' });
    expect(request.headers).toMatchObject({ 'content-encoding': 'aes128gcm', 'content-type': 'application/octet-stream', ttl: '3600' });
    expect(request.headers.authorization).toMatch(new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${vapid.publicKey}$`));
    expect(request.headers.topic).toMatch(/^[\w-]{32}$/);
    expect(request.body.toString()).not.toContain('Still thinking');

    const payload = JSON.parse(subscriber.decrypt(request.body));
    expect(payload).toEqual({ title: 'Your cart', body: 'Still thinking?', url: expect.stringMatching(/^https:\/\/crm\.example\.com\/api\/v1\/t\/c\//), tag: 'e1:remind:0:0' });
  });

  it('keeps a notification one day unless the node says otherwise, and sends the same Topic on a retry', async () => {
    await send();
    await send();
    const [first, second] = pushService.received.slice(-2);
    expect(first.headers.ttl).toBe('86400');
    expect(second.headers.topic).toBe(first.headers.topic);
  });

  it('fails for good when the subscription is gone, and on other refusals; retries 429, 5xx and no answer', async () => {
    for (const status of [404, 410]) {
      pushService.respond = () => ({ status, body: 'push subscription has unsubscribed or expired.' });
      expect(await failure(send())).toMatchObject({ retryable: false, message: `push subscription expired (${status})` });
    }
    pushService.respond = () => ({ status: 403, body: 'VAPID key mismatch' });
    expect(await failure(send())).toMatchObject({ retryable: false, message: 'push service refused the message with 403: VAPID key mismatch' });
    for (const status of [429, 500, 503]) {
      pushService.respond = () => ({ status });
      expect(await failure(send())).toMatchObject({ retryable: true, message: `push service failed with ${status}` });
    }
    const gone = JSON.stringify(subscriber.subscription(`${await closedPortUrl()}/push/device-1`));
    expect(await failure(send({ address: gone }))).toMatchObject({ retryable: true, message: expect.stringContaining('ECONNREFUSED') });
  });

  it('fails for good on VAPID keys web-push cannot use', async () => {
    const refused = await failure(send({ credentials: { ...credentials, vapidPrivateKey: 'dG9vLXNob3J0' } }));
    expect(refused).toBeInstanceOf(ChannelError);
    expect(refused).toMatchObject({ retryable: false, message: expect.stringMatching(/^push not sent: .*private key/i) });
  });

  it('captures the notification in the sandbox when the workspace has no VAPID keys', async () => {
    const calls = pushService.received.length;
    expect(await send({ credentials: null })).toEqual({ providerMessageId: 'sandbox-e1:remind:0:0' });
    expect(captured).toEqual([{ messageId: 'e1:remind:0:0', channel: 'push', address: `${pushService.url}/push/device-1`, message: { subject: 'Your cart', body: 'Still thinking?' } }]);
    expect(pushService.received).toHaveLength(calls);
  });

  it('reaches a contact by a subscription object or its JSON text, and not by a malformed one', () => {
    const subscription = subscriber.subscription('https://fcm.googleapis.com/fcm/send/abc');
    const reach = (pushSubscription: unknown) => channel.address({ id: 'c2', attributes: { pushSubscription } });
    expect(JSON.parse(reach(subscription)!)).toEqual(subscription);
    expect(JSON.parse(reach(JSON.stringify({ ...subscription, expirationTime: null }))!)).toEqual(subscription);
    expect(reach(undefined)).toBeNull();
    expect(reach('{not json')).toBeNull();
    expect(reach({ endpoint: 'ftp://push.example.com', keys: subscription.keys })).toBeNull();
    expect(reach({ endpoint: subscription.endpoint, keys: { p256dh: subscription.keys.p256dh } })).toBeNull();
  });
});
