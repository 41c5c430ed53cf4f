import { ChannelError, type ChannelSendInput } from '../channel';
import { parseJson } from '../provider-fetch';
import { fillPlaceholders, placeholderValues } from './webhook-placeholders';
import type { WebhookChannelConfig, WebhookChannelCredentials } from './webhook-schemas';

export interface WebhookRequest {
  url: URL;
  method: string;
  headers: Headers;
  body: string;
}

/**
 * The call one message makes. Headers, later over earlier: a content type guessed from the body,
 * the node's, the workspace's secret ones when the URL is at their origin, and always
 * `Idempotency-Key: <message id>`, so an endpoint that honours it recognises a retry.
 */
export function webhookRequest(input: {
  config: WebhookChannelConfig;
  credentials: WebhookChannelCredentials | null;
  input: Pick<ChannelSendInput, 'messageId' | 'contact' | 'message'>;
}): WebhookRequest {
  const { config, credentials, input: { messageId, contact, message } } = input;
  const values = placeholderValues(contact, messageId);
  const url = URL.parse(fillPlaceholders(config.url, values, encodeURIComponent));
  if (!url || !['http:', 'https:'].includes(url.protocol)) throw new ChannelError('webhook url is not a valid http(s) URL once filled in', false);
  const body = config.body ?? message.body;
  const headers = new Headers({ 'Content-Type': parseJson(body) === undefined ? 'text/plain; charset=utf-8' : 'application/json' });
  try {
    for (const [name, value] of Object.entries(config.headers ?? {})) headers.set(name, fillPlaceholders(value, values));
    for (const [name, value] of Object.entries(secretHeadersFor(url, credentials))) headers.set(name, value);
    headers.set('Idempotency-Key', messageId);
  } catch (error) {
    if (error instanceof ChannelError) throw error;
    throw new ChannelError(`webhook header is invalid: ${(error as Error).message}`, false); // e.g. a line break from a placeholder
  }
  return { url, method: config.method ?? 'POST', headers, body };
}

/**
 * The secret headers, for a URL at the origin they were given for (scheme, host and port equal once
 * parsed); for any other URL none. The call still goes out without them rather than fail: a workspace's
 * nodes may also call endpoints that need no secret, and one that does answers 401, which fails the message.
 * Settings saved before the origin was required have none: their headers go nowhere.
 */
function secretHeadersFor(url: URL, credentials: WebhookChannelCredentials | null): Record<string, string> {
  if (!credentials?.origin || URL.parse(credentials.origin)?.origin !== url.origin) return {};
  return credentials.headers;
}
