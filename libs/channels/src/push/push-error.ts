import { ChannelError } from '../channel';
import { clip, isRetryableStatus } from '../provider-fetch';

/**
 * A push service's refusal (RFC 8030) as the send activity understands it. 404 and 410 say the
 * browser dropped the subscription: it will never work again. 429 and 5xx are worth another try;
 * any other 4xx (a VAPID key the subscription was not made with, a payload too large) is not.
 */
export function pushError(status: number, answer: string): ChannelError {
  const said = answer.trim() ? `: ${answer.trim().slice(0, 200)}` : '';
  if (status === 404 || status === 410) return new ChannelError(`push subscription expired (${status})`, false);
  if (isRetryableStatus(status)) return new ChannelError(clip(`push service failed with ${status}${said}`), true);
  return new ChannelError(clip(`push service refused the message with ${status}${said}`), false);
}
