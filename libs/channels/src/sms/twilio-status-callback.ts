import type { DeliveryStatus } from '@cascade/journey';
import { WebhookRejectedError, type DeliveryReport, type WebhookRequest } from '../channel';
import type { SmsCredentials } from './sms-schemas';
import { isTwilioSignatureValid } from './twilio-signature';

/** Final states only: queued, sending, sent and accepted say nothing Cascade does not know from the send. */
const STATUS_OF: Record<string, DeliveryStatus> = {
  delivered: 'delivered',
  read: 'opened', // WhatsApp and RCS read receipts through the same API
  undelivered: 'failed',
  failed: 'failed',
  canceled: 'failed',
};

/** The carrier errors a marketer meets most; the rest are shown by number (twilio.com/docs/api/errors/<code>). */
const ERROR_TEXT: Record<string, string> = {
  '30003': 'the phone is switched off or unreachable',
  '30004': 'the recipient blocks messages',
  '30005': 'unknown or inactive number',
  '30006': 'a landline or a carrier that takes no SMS',
  '30007': 'filtered by the carrier',
  '30008': 'unknown carrier error',
};

/**
 * A Twilio status callback (form-encoded, signed with the workspace's auth token over the URL it was
 * given). The parameters are read from the raw bytes, exactly as Twilio signed them.
 */
export function parseTwilioStatusCallback(request: WebhookRequest, credentials: SmsCredentials | null): DeliveryReport[] {
  if (credentials?.provider !== 'twilio') throw new WebhookRejectedError('SMS status callbacks need the workspace\'s Twilio settings');
  const params = new URLSearchParams(request.rawBody.toString('utf8'));
  const header = request.headers['x-twilio-signature'];
  const signature = Array.isArray(header) ? header[0] : header;
  if (!signature || !isTwilioSignatureValid({ authToken: credentials.authToken, url: request.url, params: [...params], signature })) {
    throw new WebhookRejectedError('bad or missing X-Twilio-Signature');
  }
  const messageSid = params.get('MessageSid') ?? params.get('SmsSid');
  const twilioStatus = params.get('MessageStatus') ?? params.get('SmsStatus') ?? '';
  const status = STATUS_OF[twilioStatus];
  if (!messageSid || !status) return [];
  // Our id from the (signed) callback URL when present: it is known before Twilio's sid is stored.
  const ours = typeof request.query.messageId === 'string' ? { messageId: request.query.messageId } : { providerMessageId: messageSid };
  if (status !== 'failed') return [{ ...ours, status }];
  return [{ ...ours, status, reason: failureReason(twilioStatus, params.get('ErrorCode')) }];
}

function failureReason(twilioStatus: string, code: string | null): string {
  if (!code) return `Twilio: ${twilioStatus}`;
  return `Twilio: ${twilioStatus}, error ${code}${ERROR_TEXT[code] ? ` (${ERROR_TEXT[code]})` : ''}`;
}
