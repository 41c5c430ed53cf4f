import { createHmac, timingSafeEqual } from 'node:crypto';
import { DELIVERY_STATUSES } from '@cascade/journey';
import { WebhookRejectedError, type DeliveryReport, type WebhookRequest } from '../channel';
import type { EmailCredentials } from './email-schemas';

/**
 * Delivery reports for email (`POST /api/v1/webhooks/email/<workspace>`): bounces, complaints and
 * deliveries from the mail provider or the workspace's bounce processor, as
 * `{ "events": [{ "messageId" | "providerMessageId", "status", "reason"? }] }` signed with
 * `X-Cascade-Signature: sha256=<hex HMAC-SHA256 of the body under the credentials' webhookSecret>`.
 * `providerMessageId` is the Message-ID header Cascade set (it comes back in a bounce's DSN).
 * A complaint (spam report) unsubscribes the contact from email.
 */
export function parseEmailReports(request: WebhookRequest, credentials: EmailCredentials | null): DeliveryReport[] {
  if (!credentials?.webhookSecret) throw new WebhookRejectedError('set webhookSecret in the email provider settings to accept reports');
  const expected = createHmac('sha256', credentials.webhookSecret).update(request.rawBody).digest();
  const given = Buffer.from(String(request.headers['x-cascade-signature'] ?? '').replace(/^sha256=/, ''), 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new WebhookRejectedError('bad or missing X-Cascade-Signature');
  const events = (request.body as { events?: unknown })?.events;
  if (!Array.isArray(events)) throw new Error('the body must be { "events": [...] }');
  return events.map((event, index) => toReport(event, index));
}

const REPORTABLE: DeliveryReport['status'][] = [...DELIVERY_STATUSES, 'complained'];

function toReport(event: unknown, index: number): DeliveryReport {
  const { messageId, providerMessageId, status, reason } = (event ?? {}) as Record<string, unknown>;
  if (!REPORTABLE.includes(status as DeliveryReport['status'])) throw new Error(`events[${index}].status must be one of ${REPORTABLE.join(', ')}`);
  const reported = { status: status as DeliveryReport['status'], ...(typeof reason === 'string' ? { reason: reason.slice(0, 500) } : {}) };
  if (typeof messageId === 'string') return { messageId, ...reported };
  if (typeof providerMessageId === 'string') return { providerMessageId, ...reported };
  throw new Error(`events[${index}] must name a messageId or providerMessageId`);
}
