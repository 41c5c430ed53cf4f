import { ChannelError } from '../channel';
import { sanitizeReason } from '../outbound';
import { isRetryableStatus } from '../provider-fetch';

/** A Bot API answer: `{ ok: true, result }` or `{ ok: false, error_code, description, parameters? }`. */
export interface TelegramAnswer {
  ok?: boolean;
  result?: { message_id?: number };
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

/**
 * A refusal as the send activity understands it. 429 (flood control, with the wait Telegram asks
 * for) and 5xx are retried; 400 (chat not found, text too long), 401/404 (a wrong token) and 403
 * (the bot was blocked or kicked) fail the message for good, with Telegram's own words.
 */
export function telegramError(status: number, answer: TelegramAnswer): ChannelError {
  const code = answer.error_code ?? status;
  const description = (typeof answer.description === 'string' && sanitizeReason(answer.description)) || `answered ${status}`;
  if (code === 429) {
    const wait = answer.parameters?.retry_after;
    return new ChannelError(typeof wait !== 'number' ? `Telegram rate limit: ${description}` : `Telegram asks to retry after ${wait} s: ${description}`, true);
  }
  if (isRetryableStatus(code)) return new ChannelError(`Telegram failed: ${description}`, true);
  const moved = answer.parameters?.migrate_to_chat_id;
  return new ChannelError(`Telegram refused the message: ${description}${typeof moved !== 'number' ? '' : ` (the chat is now ${moved})`}`, false);
}
