import { createTransport } from 'nodemailer';
import { createEmailChannel, createOutboundFetch, TrackingLinks } from '@cascade/channels';
import type { CapturedEmail } from './captured-email';
import { startSmtpSandbox, type SmtpSandbox } from './smtp-sandbox';

const links = new TrackingLinks({ secretKey: 'a'.repeat(64), publicUrl: 'https://crm.example.com' });

describe('the loopback SMTP email sandbox', () => {
  let sandbox: SmtpSandbox;
  const captured: CapturedEmail[] = [];
  let failCaptures = false;

  beforeAll(async () => {
    sandbox = await startSmtpSandbox({
      capture: async (email) => {
        if (failCaptures) throw new Error('database down');
        captured.push(email);
      },
    });
  });
  afterAll(() => sandbox?.stop());

  const send = (messageId: string) => createEmailChannel({ sandbox }).send({
    messageId, address: 'anna@example.com', contact: { id: 'c1', email: 'anna@example.com', attributes: {} }, config: {}, credentials: null,
    message: { subject: 'Ваша корзина', body: 'See https://shop.example.com/cart' },
    links: links.forMessage(messageId), webhookUrl: 'https://crm.example.com/api/v1/webhooks/email/w1', fetch: createOutboundFetch(),
  });

  it('listens on a free loopback port and captures what the email channel sends, parts and headers', async () => {
    expect(sandbox.host).toBe('127.0.0.1');
    expect(sandbox.port).toBeGreaterThan(0);
    const { providerMessageId } = await send('e1:mail:0:1');
    expect(captured).toHaveLength(1); // captured before the send returned
    const [email] = captured;
    expect(email).toMatchObject({ messageId: 'e1:mail:0:1', channel: 'email', address: 'anna@example.com', message: { subject: 'Ваша корзина' } });
    expect(email.message.body).toBe(`See https://shop.example.com/cart\n\n-- \nUnsubscribe: ${links.unsubscribe('e1:mail:0:1')}\n`);
    expect(email.message.html).toContain(`<img src="${links.openPixel('e1:mail:0:1')}" width="1" height="1" alt="">`);
    expect(email.headers).toMatchObject({
      'list-unsubscribe': `<${links.unsubscribe('e1:mail:0:1')}>`,
      'list-unsubscribe-post': 'List-Unsubscribe=One-Click',
      'x-cascade-message-id': 'e1:mail:0:1',
      'message-id': providerMessageId,
      from: 'Cascade sandbox <sandbox@cascade.localhost>',
      to: 'anna@example.com',
    });
  });

  it('refuses email that Cascade did not send', async () => {
    const transport = createTransport({ host: sandbox.host, port: sandbox.port, ignoreTLS: true });
    await expect(transport.sendMail({ from: 'spam@example.net', to: 'anna@example.com', subject: 'Hi', text: 'hello' }))
      .rejects.toMatchObject({ responseCode: 550 });
  });

  it('answers 451 when it cannot store the email, so the channel retries it', async () => {
    failCaptures = true;
    await expect(send('e1:mail:0:2')).rejects.toMatchObject({ retryable: true, message: expect.stringContaining('451') });
    failCaptures = false;
    await send('e1:mail:0:2');
    expect(captured.map((email) => email.messageId)).toEqual(['e1:mail:0:1', 'e1:mail:0:2']);
  });
});
