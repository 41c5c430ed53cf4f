import { schemaIssues } from '@cascade/journey';
import type { CapturedMessage } from '../sandbox-capture';
import { createOutboundFetch } from '../outbound';
import { TrackingLinks } from '../tracking-links';
import { createSmsChannel } from './sms.channel';

const links = new TrackingLinks({ secretKey: 'a'.repeat(64), publicUrl: 'https://crm.example.com' });
const captured: CapturedMessage[] = [];
const channel = createSmsChannel({ capture: async (message) => void captured.push(message) });
const settingsProblems = (value: Record<string, unknown>) => schemaIssues({ schema: channel.credentialsSchema!, value }).map((issue) => `${issue.path}: ${issue.message}`);

describe('the sms channel', () => {
  it('reaches a contact by phone', () => {
    expect(channel.address({ id: 'c1', phone: '+79990000001', attributes: {} })).toBe('+79990000001');
    expect(channel.address({ id: 'c2', phone: '', attributes: {} })).toBeNull();
    expect(channel.address({ id: 'c3', attributes: {} })).toBeNull();
  });

  it('captures into the sandbox when the workspace set up no provider', async () => {
    const sent = await channel.send({
      messageId: 'e1:remind:1:0', address: '+79990000001', contact: { id: 'c1', phone: '+79990000001', attributes: {} }, config: {}, credentials: null,
      message: { body: 'Your cart is waiting' }, links: links.forMessage('e1:remind:1:0'), webhookUrl: 'https://crm.example.com/api/v1/webhooks/sms/w1', fetch: createOutboundFetch(),
    });
    expect(sent).toEqual({ providerMessageId: 'sandbox-e1:remind:1:0' });
    expect(captured).toEqual([{ messageId: 'e1:remind:1:0', channel: 'sms', address: '+79990000001', message: { body: 'Your cart is waiting' } }]);
  });

  it('takes Twilio settings with a sender or a Messaging Service, and says what is missing', () => {
    const twilio = { provider: 'twilio', accountSid: 'AC0123456789abcdef0123456789abcdef', authToken: 'token' };
    expect(settingsProblems({ ...twilio, from: '+15550001111' })).toEqual([]);
    expect(settingsProblems({ ...twilio, messagingServiceSid: 'MG0123456789abcdef0123456789abcdef' })).toEqual([]);
    expect(settingsProblems(twilio)).toContain('from: is required');
    expect(settingsProblems({ provider: 'twilio', from: '+15550001111', apiUrl: 'api.twilio.com' })).toEqual([
      'accountSid: is required', 'authToken: is required', 'apiUrl: must start with http:// or https://',
    ]);
  });

  it('takes gateway settings whose body uses only the known placeholders', () => {
    const gateway = { provider: 'http', url: 'https://gw.example.com/send', headers: { Authorization: 'Bearer x' } };
    expect(settingsProblems({ ...gateway, body: '{"to": "{{to}}", "text": "{{ text }}", "id": "{{messageId}}", "from": "{{from}}", "x": {"y": 1}}' })).toEqual([]);
    expect(settingsProblems({ ...gateway, body: '{"to": "{{phone}}"}' })).toEqual(['body: is not in the expected format']);
    expect(settingsProblems({ ...gateway, body: '{}', headers: { 'Bad Header': 'x' } })).toContain('headers: property name must be valid');
    expect(settingsProblems({ ...gateway, body: '{}', headers: { 'X-Key': 'a\r\nX-Other: b' } })).toEqual(['headers.X-Key: is not in the expected format']);
    expect(settingsProblems({ provider: 'sns' })).toEqual(['provider: must be one of twilio, http']);
  });

  it('a node carries only its message: no SMS settings of its own', () => {
    expect(schemaIssues({ schema: channel.configSchema, value: {} })).toEqual([]);
    expect(schemaIssues({ schema: channel.configSchema, value: { from: 'Shop' } }).map((issue) => issue.path)).toEqual(['from']);
  });
});
