import { createHmac } from 'node:crypto';
import { WebhookRejectedError } from '../channel';
import { parseEmailReports } from './email-bounces';

const credentials = { host: 'smtp.example.com', port: 587, from: 'shop@example.com', webhookSecret: 'a-long-enough-secret' };
const request = (body: unknown, secret = credentials.webhookSecret) => {
  const rawBody = Buffer.from(JSON.stringify(body));
  const signature = `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
  return { url: '', query: {}, headers: { 'x-cascade-signature': signature }, rawBody, body };
};

describe('email delivery reports', () => {
  it('reads bounces by Cascade id or by Message-ID, and complaints', () => {
    const reports = parseEmailReports(request({ events: [
      { messageId: 'e1:mail:0:1', status: 'bounced', reason: '550 5.1.1 no such user' },
      { providerMessageId: '<abc@shop.example.com>', status: 'complained' },
      { messageId: 'e2:mail:0:1', status: 'delivered' },
    ] }), credentials);
    expect(reports).toEqual([
      { messageId: 'e1:mail:0:1', status: 'bounced', reason: '550 5.1.1 no such user' },
      { providerMessageId: '<abc@shop.example.com>', status: 'complained' },
      { messageId: 'e2:mail:0:1', status: 'delivered' },
    ]);
  });

  it('rejects reports not signed with the workspace secret, or when none is set', () => {
    const body = { events: [{ messageId: 'e1:mail:0:1', status: 'bounced' }] };
    expect(() => parseEmailReports(request(body, 'another-secret-value'), credentials)).toThrow(WebhookRejectedError);
    expect(() => parseEmailReports(request(body), { ...credentials, webhookSecret: undefined })).toThrow(WebhookRejectedError);
    expect(() => parseEmailReports(request(body), null)).toThrow(WebhookRejectedError);
  });

  it('names what is wrong in a malformed report', () => {
    expect(() => parseEmailReports(request({ events: [{ messageId: 'x', status: 'exploded' }] }), credentials)).toThrow('events[0].status must be one of');
    expect(() => parseEmailReports(request({ events: [{ status: 'bounced' }] }), credentials)).toThrow('events[0] must name a messageId or providerMessageId');
    expect(() => parseEmailReports(request({}), credentials)).toThrow('the body must be { "events": [...] }');
  });
});
