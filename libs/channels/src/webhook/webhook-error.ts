import { ChannelError } from '../channel';
import { isRetryableStatus } from '../provider-fetch';

/**
 * A non-2xx answer as the send activity understands it: 408, 429 and 5xx may pass later; any other
 * answer (a 4xx, or a redirect, which is not followed) will not. The message keeps the status and
 * the endpoint's own short explanation (`reason`, from answerReason), never the raw answer.
 */
export function webhookError(status: number, host: string, reason: string): ChannelError {
  const said = reason ? `: ${reason}` : '';
  return new ChannelError(`webhook ${host} answered ${status}${said}`, isRetryableStatus(status));
}
