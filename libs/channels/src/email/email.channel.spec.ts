import type { ContactSnapshot } from '@cascade/journey';
import { ChannelError } from '../channel';
import { createOutboundFetch } from '../outbound';
import { TrackingLinks } from '../tracking-links';
import { createEmailChannel } from './email.channel';
import type { EmailCredentials } from './email-schemas';
import { startFakeSmtpProvider, type FakeSmtpProvider } from './fake-smtp-provider.test-helpers';

const links = new TrackingLinks({ secretKey: 'a'.repeat(64), publicUrl: 'https://crm.example.com' });
const contact: ContactSnapshot = { id: 'c1', email: 'anna@example.com', attributes: {} };

// The channel against a real SMTP server with AUTH, standing in for the workspace's provider.
describe('the email channel with a workspace SMTP provider', () => {
  let provider: FakeSmtpProvider;
  let credentials: EmailCredentials;
  const channel = createEmailChannel();

  beforeAll(async () => {
    provider = await startFakeSmtpProvider({
      user: 'cascade', pass: 's3cret',
      refuse: (recipient, attempt) => {
        if (recipient.startsWith('gone@')) return { at: 'RCPT', code: 550, message: '5.1.1 No such mailbox' };
        if (recipient.startsWith('busy@') && attempt === 1) return { at: 'DATA', code: 451, message: '4.3.0 Try again later' };
        return null;
      },
    });
    credentials = { host: '127.0.0.1', port: provider.port, secure: false, user: 'cascade', pass: 's3cret', from: 'Shop <news@shop.example.com>' };
  });
  afterAll(() => provider?.stop());

  const send = (address: string, overrides: { credentials?: EmailCredentials | null; config?: Record<string, string> } = {}) => {
    const messageId = `e1:remind:0:${address}`;
    return channel.send({
      messageId, address, contact, config: overrides.config ?? {}, credentials: overrides.credentials === undefined ? credentials : overrides.credentials,
      message: { subject: 'Your cart', body: 'See https://shop.example.com/cart' },
      links: links.forMessage(messageId), webhookUrl: 'https://crm.example.com/api/v1/webhooks/email/w1', fetch: createOutboundFetch(),
    });
  };

  it('logs in with the credentials and sends from the workspace sender to the contact', async () => {
    const { providerMessageId } = await send('anna@example.com', { config: { replyTo: 'help@shop.example.com' } });
    const delivery = provider.delivered.find((d) => d.rcptTo[0] === 'anna@example.com')!;
    expect(delivery).toMatchObject({ user: 'cascade', mailFrom: 'news@shop.example.com', rcptTo: ['anna@example.com'] });
    expect(delivery.mail.from?.text).toBe('"Shop" <news@shop.example.com>');
    expect(delivery.mail.replyTo?.text).toBe('help@shop.example.com');
    expect(delivery.mail.subject).toBe('Your cart');
    expect(delivery.mail.messageId).toBe(providerMessageId);
    expect(providerMessageId).toMatch(/@shop\.example\.com>$/);
    expect(delivery.mail.headers.get('x-cascade-message-id')).toBe('e1:remind:0:anna@example.com');
    expect(delivery.mail.text).toContain('Unsubscribe: https://crm.example.com/api/v1/unsubscribe/');
    expect(delivery.mail.html).toContain('<a href="https://crm.example.com/api/v1/t/c/');
  });

  it('sends from the node\'s sender when it sets one', async () => {
    await send('boris@example.com', { config: { from: 'orders@shop.example.com' } });
    expect(provider.delivered.find((d) => d.rcptTo[0] === 'boris@example.com')).toMatchObject({ mailFrom: 'orders@shop.example.com' });
  });

  it('fails for good on a 5xx reply, and on wrong credentials', async () => {
    const gone = await send('gone@example.com').catch((error: unknown) => error);
    expect(gone).toBeInstanceOf(ChannelError);
    expect(gone).toMatchObject({ retryable: false, message: expect.stringContaining('550 5.1.1 No such mailbox') });

    const denied = await send('anna@example.com', { credentials: { ...credentials, pass: 'wrong' } }).catch((error: unknown) => error);
    expect(denied).toMatchObject({ retryable: false, message: expect.stringContaining('535') });
  });

  it('is retried on a 4xx reply (the same message then goes through) and when the server cannot be reached', async () => {
    const busy = await send('busy@example.com').catch((error: unknown) => error);
    expect(busy).toBeInstanceOf(ChannelError);
    expect(busy).toMatchObject({ retryable: true, message: expect.stringContaining('451 4.3.0 Try again later') });
    await send('busy@example.com');
    expect(provider.attempts.get('busy@example.com')).toBe(2);
    expect(provider.delivered.filter((d) => d.rcptTo[0] === 'busy@example.com')).toHaveLength(1);

    const closed = await startFakeSmtpProvider({ user: 'x', pass: 'y' });
    await closed.stop();
    const unreachable = await send('anna@example.com', { credentials: { ...credentials, port: closed.port } }).catch((error: unknown) => error);
    expect(unreachable).toMatchObject({ retryable: true, message: expect.stringContaining('unreachable') });
  });

  it('without credentials and without a sandbox there is nowhere to send: a permanent failure', async () => {
    await expect(send('anna@example.com', { credentials: null })).rejects.toMatchObject({ retryable: false, message: 'no SMTP server is configured for email' });
  });
});
