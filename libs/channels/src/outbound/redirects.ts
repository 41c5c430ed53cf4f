import type { WireRequest } from './http-exchange';

export const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Headers that say nothing secret: the only ones carried to another origin. */
const CROSS_ORIGIN_HEADERS = new Set(['accept', 'accept-language', 'content-type', 'idempotency-key', 'user-agent']);
const BODY_HEADERS = ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'];

/**
 * The request a redirect asks for, as fetch makes it: 303 (and 301/302 after a POST) becomes a GET
 * without body; 307/308 repeat method and body. Unlike fetch, a redirect to another origin (scheme,
 * host or port) keeps none of the caller's headers but the harmless few above: Authorization, API
 * keys and cookies stay with the origin they were given for.
 */
export function redirectedRequest(request: WireRequest, status: number, from: URL, to: URL): WireRequest {
  let { method, body } = request;
  let headers = { ...request.headers };
  if ((status === 303 && method !== 'GET' && method !== 'HEAD') || ((status === 301 || status === 302) && method === 'POST')) {
    method = 'GET';
    body = undefined;
    for (const name of BODY_HEADERS) delete headers[name];
  }
  if (from.origin !== to.origin) headers = Object.fromEntries(Object.entries(headers).filter(([name]) => CROSS_ORIGIN_HEADERS.has(name)));
  if (body) headers['content-length'] = String(body.length);
  return { method, headers, body };
}
