// Type aliases, not interfaces: a channel definition's settings must fit Record<string, unknown>.

/** The workspace's Telegram bot (`PUT /api/v1/channels/telegram/credentials`). */
export type TelegramCredentials = {
  /** From @BotFather, e.g. `123456789:AA...`. */
  botToken: string;
  /** The Bot API server; a self-hosted one, or a local stand-in in tests. */
  apiUrl?: string;
};

/** What a Telegram node may set besides its message. */
export type TelegramConfig = {
  parseMode?: 'HTML' | 'MarkdownV2';
  disablePreview?: boolean;
};

export const TELEGRAM_API_URL = 'https://api.telegram.org';

export const telegramCredentialsSchema = {
  type: 'object',
  required: ['botToken'],
  additionalProperties: false,
  properties: {
    botToken: { type: 'string', pattern: '^[0-9]+:[A-Za-z0-9_-]+$', maxLength: 200, writeOnly: true, description: 'The token @BotFather gave, e.g. 123456789:AAE...' },
    apiUrl: { type: 'string', pattern: '^https?://', maxLength: 2_000, default: TELEGRAM_API_URL, title: 'Bot API server' },
  },
};

export const telegramConfigSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    parseMode: { enum: ['HTML', 'MarkdownV2'], description: 'How Telegram formats the text; plain text when not set' },
    disablePreview: { type: 'boolean', default: false, description: 'No preview of the first link in the text' },
  },
};
