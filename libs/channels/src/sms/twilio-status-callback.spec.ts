import { WebhookRejectedError, type WebhookRequest } from '../channel';
import { createSmsChannel } from './sms.channel';
import type { SmsCredentials, TwilioCredentials } from './sms-schemas';
import { twilioSignature } from './twilio-signature';

const TOKEN = 'twilio-auth-token';
const URL = 'https://crm.example.com/api/v1/webhooks/sms/9b0c1d2e-0000-4000-8000-000000000001';
const twilio: TwilioCredentials = { provider: 'twilio', accountSid: 'AC0123456789abcdef0123456789abcdef', authToken: TOKEN, from: '+15550001111' };
const channel = createSmsChannel({ capture: () => Promise.resolve() });

/** A status callback as Twilio posts it: form-encoded, signed over the URL it was given. */
function callback(fields: Record<string, string>, sign: { token?: string; url?: string } | null = {}): WebhookRequest {
  const raw = new URLSearchParams({ AccountSid: twilio.accountSid, ApiVersion: '2010-04-01', SmsSid: fields.MessageSid ?? '', ...fields }).toString();
  const params = [...new URLSearchParams(raw)];
  const headers = sign ? { 'x-twilio-signature': twilioSignature({ authToken: sign.token ?? TOKEN, url: sign.url ?? URL, params }) } : {};
  return { url: URL, headers, query: {}, body: Object.fromEntries(params), rawBody: Buffer.from(raw) };
}
const parse = (request: WebhookRequest, credentials: SmsCredentials | null = twilio) => channel.parseWebhook!(request, { credentials });

describe('Twilio status callbacks', () => {
  it("signs as Twilio's documented example does", () => {
    const params: [string, string][] = [['CallSid', 'CA1234567890ABCDE'], ['Caller', '+14158675309'], ['Digits', '1234'], ['From', '+14158675309'], ['To', '+18005551212']];
    expect(twilioSignature({ authToken: '12345', url: 'https://mycompany.com/myapp.php?foo=1&bar=2', params: params.reverse() })).toBe('RSOYDt4T1cUTdK1PDd93/VVr8B8=');
  });

  it('reads a signed delivered, and a failure with its error code as the reason', async () => {
    expect(await parse(callback({ MessageSid: 'SM1', MessageStatus: 'delivered' }))).toEqual([{ providerMessageId: 'SM1', status: 'delivered' }]);
    expect(await parse(callback({ MessageSid: 'SM2', MessageStatus: 'undelivered', ErrorCode: '30003' }))).toEqual([
      { providerMessageId: 'SM2', status: 'failed', reason: 'Twilio: undelivered, error 30003 (the phone is switched off or unreachable)' },
    ]);
    expect(await parse(callback({ MessageSid: 'SM3', MessageStatus: 'failed', ErrorCode: '30410' }))).toEqual([
      { providerMessageId: 'SM3', status: 'failed', reason: 'Twilio: failed, error 30410' },
    ]);
  });

  it('records nothing for the steps before the final state', async () => {
    for (const status of ['accepted', 'queued', 'sending', 'sent']) {
      expect(await parse(callback({ MessageSid: 'SM4', MessageStatus: status }))).toEqual([]);
    }
  });

  it('rejects a callback unsigned, signed with another token or for another URL, or for a workspace without Twilio settings', () => {
    const delivered = { MessageSid: 'SM5', MessageStatus: 'delivered' };
    expect(() => parse(callback(delivered, null))).toThrow(WebhookRejectedError);
    expect(() => parse(callback(delivered, { token: 'someone-else' }))).toThrow(WebhookRejectedError);
    expect(() => parse(callback(delivered, { url: URL.replace('0001', '0002') }))).toThrow(WebhookRejectedError);
    const tampered = callback(delivered);
    tampered.rawBody = Buffer.from(tampered.rawBody.toString().replace('delivered', 'failed'));
    expect(() => parse(tampered)).toThrow(WebhookRejectedError);
    expect(() => parse(callback(delivered), null)).toThrow(WebhookRejectedError);
    expect(() => parse(callback(delivered), { provider: 'http', url: 'https://gw.example.com', body: '{}' })).toThrow(WebhookRejectedError);
  });
  it("names the message by Cascade's id when the signed callback URL carries it", () => {
    const url = `${URL}?messageId=${encodeURIComponent('e1:remind:0:1')}`;
    const request = { ...callback({ MessageSid: 'SM1', MessageStatus: 'delivered' }, { url }), url, query: { messageId: 'e1:remind:0:1' } };
    expect(parse(request)).toEqual([{ messageId: 'e1:remind:0:1', status: 'delivered' }]);
  });
});
