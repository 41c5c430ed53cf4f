import { ChannelError } from '../channel';
import { isRetryableStatus } from '../provider-fetch';

/**
 * A push service's refusal (RFC 8030) as the send activity understands it. 404 and 410 say the
 * browser dropped the subscription: it will never work again. 429 and 5xx are worth another try;
 * any other 4xx (a VAPID key the subscription was not made with, a payload too large) is not.
 */
export function pushError(status: number, reason: string): ChannelError {
  const said = reason ? `: ${reason}` : '';
  if (status === 404 || status === 410) return new ChannelError(`push subscription expired (${status})`, false);
  if (isRetryableStatus(status)) return new ChannelError(`push service failed with ${status}${said}`, true);
  return new ChannelError(`push service refused the message with ${status}${said}`, false);
}
