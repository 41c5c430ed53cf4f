import type { ContactSnapshot } from '@cascade/journey';
import { ChannelError } from '../channel';
import { closedPortUrl, loopbackFetch, startFakeHttpProvider, type FakeHttpProvider, type ReceivedRequest } from '../fake-http-provider.test-helpers';
import { TrackingLinks } from '../tracking-links';
import { createSmsChannel } from './sms.channel';
import type { TwilioCredentials } from './sms-schemas';

const SID = 'AC0123456789abcdef0123456789abcdef';
const TOKEN = 'twilio-auth-token';
const WEBHOOK_URL = 'https://crm.example.com/api/v1/webhooks/sms/w1';
const links = new TrackingLinks({ secretKey: 'a'.repeat(64), publicUrl: 'https://crm.example.com' });

/**
 * A stand-in for api.twilio.com: checks Basic auth, and creates a message (201 with its sid) unless
 * the number says otherwise — "+1555…0500" meets a 500 on its first try, "+1555…0400" an invalid-number 400.
 */
function twilioAnswer(created: string[]) {
  const tries = new Map<string, number>();
  return (request: ReceivedRequest) => {
    if (request.headers.authorization !== `Basic ${Buffer.from(`${SID}:${TOKEN}`).toString('base64')}`) {
      return { status: 401, body: { code: 20003, message: 'Authenticate', status: 401 } };
    }
    const to = new URLSearchParams(request.body.toString()).get('To')!;
    tries.set(to, (tries.get(to) ?? 0) + 1);
    if (to.endsWith('0500') && tries.get(to) === 1) return { status: 500, body: { code: 20500, message: 'Internal Server Error', status: 500 } };
    if (to.endsWith('0400')) return { status: 400, body: { code: 21211, message: `The 'To' number ${to} is not a valid phone number.`, status: 400 } };
    created.push(to);
    return { status: 201, body: { sid: `SM${String(created.length).padStart(32, '0')}`, status: 'queued', to } };
  };
}

describe('the sms channel through Twilio', () => {
  let twilio: FakeHttpProvider;
  const created: string[] = [];
  const channel = createSmsChannel({ capture: () => Promise.reject(new Error('a configured workspace must not be captured')) });
  const credentials = (overrides: Partial<TwilioCredentials> = {}): TwilioCredentials => (
    { provider: 'twilio', accountSid: SID, authToken: TOKEN, from: '+15550001111', apiUrl: `${twilio.url}/`, ...overrides });

  beforeAll(async () => {
    twilio = await startFakeHttpProvider();
    twilio.respond = twilioAnswer(created);
  });
  afterAll(() => twilio.stop());

  const send = (to: string, twilioCredentials = credentials()) => {
    const messageId = `e1:remind:0:${to}`;
    const contact: ContactSnapshot = { id: 'c1', phone: to, attributes: {} };
    return channel.send({
      messageId, address: to, contact, config: {}, credentials: twilioCredentials,
      message: { body: 'Your cart is waiting: https://shop.example.com/cart' }, links: links.forMessage(messageId), webhookUrl: WEBHOOK_URL, fetch: loopbackFetch,
    });
  };
  const failure = (promise: Promise<unknown>) => promise.then(() => { throw new Error('sent'); }, (error: unknown) => error as ChannelError);

  it('creates the message with Basic auth and form fields, the status callback pointing at Cascade', async () => {
    const sent = await send('+15550002222');
    expect(sent).toEqual({ providerMessageId: `SM${'1'.padStart(32, '0')}` });
    const request = twilio.received.at(-1)!;
    expect(request).toMatchObject({ method: 'POST', url: `/2010-04-01/Accounts/${SID}/Messages.json` });
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(request.body.toString()))).toEqual({
      To: '+15550002222', From: '+15550001111', Body: 'Your cart is waiting: https://shop.example.com/cart',
      StatusCallback: `${WEBHOOK_URL}?messageId=${encodeURIComponent('e1:remind:0:+15550002222')}`,
    });
  });

  it('sends through a Messaging Service when the settings name one', async () => {
    await send('+15550003333', credentials({ from: undefined, messagingServiceSid: 'MG0123456789abcdef0123456789abcdef' }));
    const form = new URLSearchParams(twilio.received.at(-1)!.body.toString());
    expect(form.get('MessagingServiceSid')).toBe('MG0123456789abcdef0123456789abcdef');
    expect(form.has('From')).toBe(false);
  });

  it('retries a 500, and the retry creates the one message', async () => {
    const first = await failure(send('+15550000500'));
    expect(first).toBeInstanceOf(ChannelError);
    expect(first).toMatchObject({ retryable: true, message: 'Twilio answered 500, error 20500: Internal Server Error' });
    expect(created.filter((to) => to === '+15550000500')).toEqual([]);
    await send('+15550000500');
    expect(created.filter((to) => to === '+15550000500')).toEqual(['+15550000500']);
  });

  it('does not retry a 400 or bad credentials, and says what Twilio said', async () => {
    expect(await failure(send('+15550000400'))).toMatchObject({
      retryable: false, message: "Twilio answered 400, error 21211: The 'To' number +15550000400 is not a valid phone number.",
    });
    expect(await failure(send('+15550004444', credentials({ authToken: 'wrong' })))).toMatchObject({ retryable: false, message: 'Twilio answered 401, error 20003: Authenticate' });
  });

  it('retries a rate limit and a Twilio that cannot be reached', async () => {
    const answer = twilio.respond;
    twilio.respond = () => ({ status: 429, body: { code: 20429, message: 'Too Many Requests', status: 429 } });
    try {
      expect(await failure(send('+15550005555'))).toMatchObject({ retryable: true, message: 'Twilio answered 429, error 20429: Too Many Requests' });
    } finally {
      twilio.respond = answer;
    }
    const unreachable = await failure(send('+15550005555', credentials({ apiUrl: await closedPortUrl() })));
    expect(unreachable).toMatchObject({ retryable: true, message: expect.stringMatching(/^Twilio is unreachable: .*ECONNREFUSED/) });
  });
});
