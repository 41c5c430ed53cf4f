import { defineChannel } from '../channel';
import { answerText, fetchProvider, parseJson } from '../provider-fetch';
import { captureInSandbox } from '../sandbox-capture';
import type { Capture } from '../sandbox-capture';
import { telegramError, type TelegramAnswer } from './telegram-error';
import { TELEGRAM_API_URL, telegramConfigSchema, telegramCredentialsSchema, type TelegramConfig, type TelegramCredentials } from './telegram-schemas';

export interface TelegramChannelOptions {
  /** Where messages go when the workspace has no bot set up: the sandbox. */
  capture: Capture;
}

/**
 * The built-in `telegram` channel: the workspace's bot calls the Bot API `sendMessage` to the
 * contact's chat. Telegram answers only once the message is in the chat, so a success is reported
 * `delivered`. The Bot API takes no idempotency key: only answers that say nothing was sent
 * (429, 5xx) and calls that got no answer are retried.
 */
export function createTelegramChannel(options: TelegramChannelOptions) {
  return defineChannel<TelegramConfig, TelegramCredentials>({
    type: 'telegram',
    label: 'Telegram',
    sandbox: true,
    configSchema: telegramConfigSchema,
    credentialsSchema: telegramCredentialsSchema,
    address: (contact) => contact.telegramChatId || null,
    async send({ messageId, address, message, config, credentials, fetch }) {
      if (!credentials) return captureInSandbox(options.capture, 'telegram', { messageId, address, message });
      const apiUrl = (credentials.apiUrl ?? TELEGRAM_API_URL).replace(/\/+$/, '');
      const response = await fetchProvider(fetch, 'Telegram', `${apiUrl}/bot${credentials.botToken}/sendMessage`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          chat_id: address,
          text: message.body,
          ...(config.parseMode ? { parse_mode: config.parseMode } : {}),
          ...(config.disablePreview ? { link_preview_options: { is_disabled: true } } : {}),
        }),
      });
      const answer = (parseJson(await answerText(response)) ?? {}) as TelegramAnswer;
      if (!response.ok || answer.ok !== true) throw telegramError(response.status, answer);
      // Message ids count per chat: with the chat they name one message.
      return { providerMessageId: `${address}:${answer.result?.message_id}`, delivered: true };
    },
  });
}
