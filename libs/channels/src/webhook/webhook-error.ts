import { ChannelError } from '../channel';
import { isRetryableStatus } from '../provider-fetch';

/**
 * A non-2xx answer as the send activity understands it: 408, 429 and 5xx may pass later; any other
 * answer (a 4xx, or a redirect, which is not followed) will not. The reason keeps the status and
 * the start of the answer, where endpoints explain themselves.
 */
export function webhookError(status: number, host: string, answer: string): ChannelError {
  const said = answer.trim() ? `: ${answer.trim().slice(0, 200)}` : '';
  return new ChannelError(`webhook ${host} answered ${status}${said}`, isRetryableStatus(status));
}
