import { ChannelError } from '../channel';
import { answerReason, sanitizeReason, type OutboundFetch } from '../outbound';
import { answerText, fetchProvider, isRetryableStatus, parseJson } from '../provider-fetch';
import { TWILIO_API_URL, type TwilioCredentials } from './sms-schemas';

export interface TwilioSendInput {
  credentials: TwilioCredentials;
  to: string;
  text: string;
  /** Twilio posts the message's status changes here (`StatusCallback`). */
  webhookUrl: string;
  /** Put in the callback URL, so a status that arrives before Twilio's sid is stored still finds its message. */
  messageId: string;
  /** The deployment's guarded fetch (ChannelSendInput.fetch). */
  fetch: OutboundFetch;
}

/**
 * Creates one message with Twilio's Messages API (or a Twilio-compatible one).
 *
 * Twilio takes no idempotency key for a new message, so "a retry never sends twice" rests on the
 * classification: only answers that say Twilio did not take the message (429, 5xx) and calls that
 * got no answer are retried. The residual risk is a message Twilio accepted whose answer was lost
 * (a timeout or a reset after the request went out): its retry sends a second SMS. Failing such a
 * message instead would more often drop an SMS that was never sent, so we accept that rare case.
 */
export async function sendViaTwilio({ credentials, to, text, webhookUrl, messageId, fetch }: TwilioSendInput): Promise<{ providerMessageId?: string }> {
  const { accountSid, authToken, from, messagingServiceSid } = credentials;
  const form = new URLSearchParams({ To: to, Body: text, StatusCallback: statusCallbackUrl(webhookUrl, messageId) });
  if (from) form.set('From', from);
  if (messagingServiceSid) form.set('MessagingServiceSid', messagingServiceSid);
  const apiUrl = (credentials.apiUrl ?? TWILIO_API_URL).replace(/\/+$/, '');
  const response = await fetchProvider(fetch, 'Twilio', `${apiUrl}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`,
      'Content-Type': 'application/x-www-form-urlencoded',
      Accept: 'application/json',
    },
    body: form.toString(),
  });
  // An accepted message stays accepted even when its answer is cut short: a body that cannot be read is empty.
  const answered = await answerText(response);
  const answer = (parseJson(answered) ?? {}) as { sid?: unknown; code?: unknown; message?: unknown };
  if (response.ok) return { providerMessageId: typeof answer.sid === 'string' ? answer.sid : undefined };
  // Twilio's error body: { code: 21211, message: "The 'To' number ... is not a valid phone number.", status: 400, more_info }.
  const code = typeof answer.code === 'number' || typeof answer.code === 'string' ? `, error ${sanitizeReason(String(answer.code), 20)}` : '';
  const detail = answerReason(answered, response.headers.get('content-type')) || 'no details';
  throw new ChannelError(`Twilio answered ${response.status}${code}: ${detail}`, isRetryableStatus(response.status));
}

/** The callback URL with Cascade's message id; Twilio signs the whole URL, so the id cannot be altered. */
export function statusCallbackUrl(webhookUrl: string, messageId: string): string {
  return `${webhookUrl}?messageId=${encodeURIComponent(messageId)}`;
}
