import type { NodemailerError } from 'nodemailer';
import { ChannelError } from '../channel';
import { clip } from '../provider-fetch';

/** Failures of the connection rather than refusals of the message: another attempt may well succeed. */
const CONNECTION_ERRORS = new Set(['ECONNECTION', 'ESOCKET', 'ETIMEDOUT', 'EDNS', 'ETLS', 'EPROXY', 'EPROTOCOL']);

/**
 * An SMTP failure as the send activity understands it: a 4xx reply or a lost connection is retried,
 * a 5xx reply (mailbox unknown, message refused, bad credentials) fails the message for good, as
 * does a problem the server never saw (no credentials, a malformed address).
 */
export function toChannelError(error: unknown): ChannelError {
  const failure = error as NodemailerError;
  if (typeof failure.responseCode === 'number') {
    // nodemailer sets `permanent` from the reply class (5xx but 503); the fallback is the same rule.
    const permanent = failure.permanent ?? (failure.responseCode >= 500 && failure.responseCode !== 503);
    const step = failure.command ? ` ${failure.command}` : '';
    return new ChannelError(clip(`SMTP server refused${step}: ${failure.response ?? failure.responseCode}`), !permanent);
  }
  if (failure.code && CONNECTION_ERRORS.has(failure.code)) return new ChannelError(clip(`SMTP server unreachable (${failure.code}): ${failure.message}`), true);
  return new ChannelError(clip(`email not sent: ${failure.message ?? String(error)}`), false);
}
