import { ApplicationFailure } from '@temporalio/common';

const TIMEOUT_MS = 10_000;

/**
 * Calls a webhook node's URL. 2xx → ok; 4xx → not ok at once (retrying will not help);
 * 5xx and network errors → retried by Temporal, with the same Idempotency-Key.
 */
export async function callWebhook(input: { requestId: string; url: string; method: string; headers?: Record<string, string>; body?: unknown }) {
  let response: Response;
  try {
    response = await fetch(input.url, {
      method: input.method,
      headers: { 'content-type': 'application/json', ...(input.headers ?? {}), 'idempotency-key': input.requestId },
      body: input.body === undefined || input.method === 'GET' ? undefined : JSON.stringify(input.body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: 'manual',
    });
  } catch (error) {
    throw ApplicationFailure.retryable(`webhook ${input.method} ${new URL(input.url).host} failed: ${(error as Error).message}`, 'WebhookUnreachable');
  }
  if (response.status >= 500) throw ApplicationFailure.retryable(`webhook answered ${response.status}`, 'WebhookServerError');
  const ok = response.status >= 200 && response.status < 300;
  return { ok, status: response.status, reason: ok ? undefined : `answered ${response.status}` };
}
