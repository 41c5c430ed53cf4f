import { ApplicationFailure } from '@temporalio/common';
import { ChannelError, sanitizeReason, type OutboundFetch } from '@cascade/channels';

const TIMEOUT_MS = 10_000;

/**
 * The webhook node's call, through the deployment's guarded fetch: a destination that is not public
 * (loopback, private ranges, cloud metadata...) and not in CASCADE_OUTBOUND_ALLOWLIST is refused,
 * after DNS resolution and on each redirect it follows (at most 5; the node's headers are dropped
 * when a redirect leaves the origin). 2xx → ok; 4xx → not ok at once (retrying will not help);
 * 5xx and network errors → retried by Temporal, with the same Idempotency-Key; a refused destination
 * → failed for good. Reasons carry the status or the failure, never the answer's body or the URL's path.
 */
export function createCallWebhook(fetch: OutboundFetch) {
  return async function callWebhook(input: { requestId: string; url: string; method: string; headers?: Record<string, string>; body?: unknown }) {
    const host = sanitizeReason(URL.parse(input.url)?.host ?? 'invalid URL', 80);
    let response: Response;
    try {
      response = await fetch(input.url, {
        method: input.method,
        headers: { 'content-type': 'application/json', ...(input.headers ?? {}), 'idempotency-key': input.requestId },
        body: input.body === undefined || input.method === 'GET' ? undefined : JSON.stringify(input.body),
        timeoutMs: TIMEOUT_MS,
      });
    } catch (error) {
      const message = `webhook ${input.method} ${host} failed: ${sanitizeReason((error as Error).message, 200)}`;
      if (error instanceof ChannelError && !error.retryable) throw ApplicationFailure.nonRetryable(message, 'WebhookRefused');
      throw ApplicationFailure.retryable(message, 'WebhookUnreachable');
    }
    if (response.status >= 500) throw ApplicationFailure.retryable(`webhook answered ${response.status}`, 'WebhookServerError');
    const ok = response.status >= 200 && response.status < 300;
    return { ok, status: response.status, reason: ok ? undefined : `answered ${response.status}` };
  };
}
