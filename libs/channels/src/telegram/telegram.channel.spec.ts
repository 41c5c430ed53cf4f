import type { ContactSnapshot } from '@cascade/journey';
import { ChannelError } from '../channel';
import { closedPortUrl, loopbackFetch, startFakeHttpProvider, type FakeHttpProvider } from '../fake-http-provider.test-helpers';
import type { CapturedMessage } from '../sandbox-capture';
import { TrackingLinks } from '../tracking-links';
import { createTelegramChannel } from './telegram.channel';
import type { TelegramConfig, TelegramCredentials } from './telegram-schemas';

const TOKEN = '123456789:AAE-test_token';
const links = new TrackingLinks({ secretKey: 'a'.repeat(64), publicUrl: 'https://crm.example.com' });
const contact: ContactSnapshot = { id: 'c1', telegramChatId: '4242', attributes: {} };

// The channel against a stand-in for api.telegram.org on loopback.
describe('the telegram channel', () => {
  let botApi: FakeHttpProvider;
  const captured: CapturedMessage[] = [];
  const channel = createTelegramChannel({ capture: async (message) => void captured.push(message) });

  beforeAll(async () => (botApi = await startFakeHttpProvider()));
  afterAll(() => botApi.stop());
  beforeEach(() => (botApi.respond = () => ({ status: 200, body: { ok: true, result: { message_id: 77, chat: { id: 4242 } } } })));

  const send = (options: { config?: TelegramConfig; credentials?: TelegramCredentials | null; messageId?: string } = {}) => {
    const messageId = options.messageId ?? 'e1:remind:0:0';
    return channel.send({
      messageId, address: '4242', contact, config: options.config ?? {},
      credentials: options.credentials === undefined ? { botToken: TOKEN, apiUrl: `${botApi.url}/` } : options.credentials,
      message: { body: 'Your cart is waiting: https://shop.example.com/cart' },
      links: links.forMessage(messageId), webhookUrl: 'https://crm.example.com/api/v1/webhooks/telegram/w1', fetch: loopbackFetch,
    });
  };
  const failure = (promise: Promise<unknown>) => promise.then(() => { throw new Error('sent'); }, (error: unknown) => error as ChannelError);

  it('calls sendMessage with the bot token and the chat, and reports the message delivered', async () => {
    const sent = await send({ config: { parseMode: 'HTML', disablePreview: true } });
    expect(sent).toEqual({ providerMessageId: '4242:77', delivered: true });
    const request = botApi.received.at(-1)!;
    expect(request).toMatchObject({ method: 'POST', url: `/bot${TOKEN}/sendMessage` });
    expect(request.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request.body.toString())).toEqual({
      chat_id: '4242', text: 'Your cart is waiting: https://shop.example.com/cart', parse_mode: 'HTML', link_preview_options: { is_disabled: true },
    });

    await send();
    expect(JSON.parse(botApi.received.at(-1)!.body.toString())).toEqual({ chat_id: '4242', text: 'Your cart is waiting: https://shop.example.com/cart' });
  });

  it('retries flood control (saying how long Telegram asks to wait) and server errors', async () => {
    botApi.respond = () => ({ status: 429, body: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 7', parameters: { retry_after: 7 } } });
    const limited = await failure(send());
    expect(limited).toBeInstanceOf(ChannelError);
    expect(limited).toMatchObject({ retryable: true, message: 'Telegram asks to retry after 7 s: Too Many Requests: retry after 7' });

    botApi.respond = () => ({ status: 502, body: '<html>Bad Gateway</html>' });
    expect(await failure(send())).toMatchObject({ retryable: true, message: 'Telegram failed: answered 502' });
  });

  it('retries when the Bot API cannot be reached, without the token in the reason', async () => {
    const unreachable = await failure(send({ credentials: { botToken: TOKEN, apiUrl: await closedPortUrl() } }));
    expect(unreachable).toMatchObject({ retryable: true, message: expect.stringMatching(/^Telegram is unreachable: .*ECONNREFUSED/) });
    expect(unreachable.message).not.toContain(TOKEN);
  });

  it('fails for good when the chat is unknown or the bot was blocked, with Telegram\'s description', async () => {
    botApi.respond = () => ({ status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: chat not found' } });
    expect(await failure(send())).toMatchObject({ retryable: false, message: 'Telegram refused the message: Bad Request: chat not found' });

    botApi.respond = () => ({ status: 403, body: { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' } });
    expect(await failure(send())).toMatchObject({ retryable: false, message: 'Telegram refused the message: Forbidden: bot was blocked by the user' });

    botApi.respond = () => ({ status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } });
    expect(await failure(send())).toMatchObject({ retryable: false, message: 'Telegram refused the message: Unauthorized' });
  });

  it('captures the message in the sandbox when the workspace has no bot', async () => {
    const calls = botApi.received.length;
    expect(await send({ credentials: null, messageId: 'e2:remind:0:0' })).toEqual({ providerMessageId: 'sandbox-e2:remind:0:0' });
    expect(captured).toEqual([{ messageId: 'e2:remind:0:0', channel: 'telegram', address: '4242', message: { body: 'Your cart is waiting: https://shop.example.com/cart' } }]);
    expect(botApi.received).toHaveLength(calls);
  });

  it('reaches a contact by the Telegram chat id', () => {
    expect(channel.address(contact)).toBe('4242');
    expect(channel.address({ ...contact, telegramChatId: null })).toBeNull();
  });
});
