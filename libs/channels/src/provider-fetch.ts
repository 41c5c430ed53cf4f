import { ChannelError } from './channel';
import type { OutboundFetch, OutboundInit } from './outbound';

/** Within the send activity's 30-second limit, with room to record the answer. */
const TIMEOUT_MS = 10_000;

/**
 * One HTTP call to a provider through the deployment's guarded fetch (ChannelSendInput.fetch). A
 * call that never got an answer (refused, reset, timed out) is retryable; a refused destination
 * is not. Redirects are not followed: a provider API does not redirect, and a redirect could carry
 * credentials elsewhere. The message names only the provider, never the URL, which may hold a
 * secret (Telegram's bot token).
 */
export async function fetchProvider(fetch: OutboundFetch, provider: string, url: string, init: OutboundInit): Promise<Response> {
  try {
    return await fetch(url, { ...init, redirect: 'manual', timeoutMs: TIMEOUT_MS });
  } catch (error) {
    if (error instanceof ChannelError && !error.retryable) throw error; // destination refused
    throw new ChannelError(clip(`${provider} is unreachable: ${(error as Error).message}`), true);
  }
}

/** Statuses that may well succeed later: a timeout, a rate limit, a server error. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** The body of an answer, read leniently: an unreadable one is empty. */
export async function answerText(response: Response): Promise<string> {
  return response.text().catch(() => '');
}

/** Parsed JSON, or undefined when the text is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Error messages end up in message rows and traces: keep them short. */
export function clip(text: string, max = 300): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
