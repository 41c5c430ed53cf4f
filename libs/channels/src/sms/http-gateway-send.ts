import { ChannelError } from '../channel';
import { answerReason, type OutboundFetch } from '../outbound';
import { answerText, fetchProvider, isRetryableStatus, parseJson } from '../provider-fetch';
import { renderGatewayBody } from './gateway-body-template';
import type { HttpGatewayCredentials } from './sms-schemas';

export interface HttpGatewaySendInput {
  credentials: HttpGatewayCredentials;
  messageId: string;
  to: string;
  text: string;
  /** The deployment's guarded fetch (ChannelSendInput.fetch). */
  fetch: OutboundFetch;
}

/**
 * One request to a generic HTTP SMS gateway, classified as for Twilio: no answer, 408, 429 and 5xx
 * are retried, any other refusal fails the message. Gateways that deduplicate by a client id can be
 * given `{{messageId}}`, which makes a retry safe; for the others the residual risk is Twilio's (twilio-send.ts).
 */
export async function sendViaHttpGateway({ credentials, messageId, to, text, fetch }: HttpGatewaySendInput): Promise<{ providerMessageId?: string }> {
  const contentType = credentials.contentType ?? 'application/json';
  const body = renderGatewayBody({ template: credentials.body, contentType, values: { to, text, messageId, from: credentials.from ?? '' } });
  if (contentType === 'application/json' && !isJson(body)) {
    throw new ChannelError('the SMS gateway body template does not make valid JSON (put each placeholder inside quotes: "{{text}}")', false);
  }
  const headers = new Headers({ 'Content-Type': contentType, Accept: 'application/json' });
  for (const [name, value] of Object.entries(credentials.headers ?? {})) headers.set(name, value);
  const response = await fetchProvider(fetch, 'The SMS gateway', credentials.url, { method: credentials.method ?? 'POST', headers, body });
  const answered = await answerText(response);
  const reason = () => answerReason(answered, response.headers.get('content-type'));
  if (!response.ok) {
    throw new ChannelError(`The SMS gateway answered ${response.status}: ${reason() || 'no details'}`, isRetryableStatus(response.status));
  }
  if (!credentials.messageIdPath) return {};
  const id = valueAt(parseJson(answered), credentials.messageIdPath);
  // Many gateways answer 200 with an error in the body; an answer without the id is read as such a refusal, and not retried.
  if (typeof id !== 'string' && typeof id !== 'number') {
    throw new ChannelError(`The SMS gateway answered ${response.status} without an id at ${credentials.messageIdPath.slice(0, 60)}: ${reason() || 'no details'}`, false);
  }
  return { providerMessageId: String(id) };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** `data.id`, `messages.0.id`: dot-separated keys (array indexes included) into the answer. */
function valueAt(root: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined), root);
}
