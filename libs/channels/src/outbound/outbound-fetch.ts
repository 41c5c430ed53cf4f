import { OutboundAllowlist } from './allowlist';
import { checkedAddresses, systemResolver, type Resolver } from './destination';
import { exchange, keepAliveAgents, type WireRequest } from './http-exchange';
import { DestinationRefusedError, OutboundUnreachableError } from './outbound-errors';
import { redirectedRequest, REDIRECT_STATUSES } from './redirects';

/** What an outbound call takes: fetch's usual fields. */
export interface OutboundInit {
  method?: string;
  headers?: ConstructorParameters<typeof Headers>[0];
  body?: string | Uint8Array | URLSearchParams | null;
  /** `follow` (the default) follows up to 5 redirects, each checked like the first URL; `manual` answers the 3xx itself. */
  redirect?: 'follow' | 'manual';
  /** For the whole call, redirects and the answer's body included; 10 s by default. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** `fetch` for calls leaving Cascade: same shape, but only to destinations the deployment allows. */
export type OutboundFetch = (url: string | URL, init?: OutboundInit) => Promise<Response>;

export interface OutboundOptions {
  /** Destinations allowed although not public (CASCADE_OUTBOUND_ALLOWLIST): entries, or an OutboundAllowlist. Empty by default. */
  allowlist?: OutboundAllowlist | readonly string[];
  /** How host names are resolved; the system resolver by default (tests give their own). */
  resolve?: Resolver;
}

export const MAX_REDIRECTS = 5;
const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * The guarded fetch (SSRF): every destination, the first and each redirect's, must be public (see
 * address-class.ts) or allowlisted, judged after DNS resolution, and the connection goes to the
 * addresses that were judged. Failures are ChannelErrors: DestinationRefusedError (never retried),
 * OutboundUnreachableError (no answer: retried).
 */
export function createOutboundFetch(options: OutboundOptions = {}): OutboundFetch {
  const allowlist = options.allowlist instanceof OutboundAllowlist ? options.allowlist : OutboundAllowlist.parse(options.allowlist ?? []);
  const resolve = options.resolve ?? systemResolver;
  const agents = keepAliveAgents();

  return async function outboundFetch(input, init = {}) {
    const timeoutMs = init.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    let url = httpUrl(String(input));
    let request = wireRequest(init);
    for (let redirects = 0; ; redirects++) {
      const target = url;
      const response = await aborting(signal, async () => exchange(target, await checkedAddresses(target.hostname, allowlist, resolve), request, signal, agents))
        .catch((error: unknown) => {
          if (init.signal?.aborted) throw init.signal.reason;
          if (timeout.aborted) throw new OutboundUnreachableError(`no answer within ${timeoutMs / 1000} s`);
          if (error instanceof DestinationRefusedError || error instanceof OutboundUnreachableError) throw error;
          throw new OutboundUnreachableError((error as Error).message); // connect ECONNREFUSED 10.1.2.3:443, socket hang up...
        });
      const location = response.headers.get('location');
      if (init.redirect === 'manual' || !REDIRECT_STATUSES.has(response.status) || location === null) return response;
      if (redirects === MAX_REDIRECTS) throw new DestinationRefusedError(`more than ${MAX_REDIRECTS} redirects`);
      const next = httpUrl(location, url);
      request = redirectedRequest(request, response.status, url, next);
      url = next;
    }
  };
}

/** An http(s) URL without credentials (fetch refuses those too), relative to `base` for a Location. */
function httpUrl(text: string, base?: URL): URL {
  const url = URL.parse(text, base?.href);
  if (!url) throw new DestinationRefusedError(base ? 'a redirect to something that is not a URL' : 'not a URL');
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new DestinationRefusedError(`${url.protocol} URLs are not called, only http(s)`);
  if (url.username || url.password) throw new DestinationRefusedError('a URL with a user name or password');
  return url;
}

function wireRequest(init: OutboundInit): WireRequest {
  const headers = new Headers(init.headers);
  let body: Buffer | undefined;
  if (init.body instanceof URLSearchParams) {
    body = Buffer.from(init.body.toString());
    if (!headers.has('content-type')) headers.set('content-type', 'application/x-www-form-urlencoded;charset=UTF-8');
  } else if (typeof init.body === 'string') {
    body = Buffer.from(init.body);
    if (!headers.has('content-type')) headers.set('content-type', 'text/plain;charset=UTF-8');
  } else if (init.body) {
    body = Buffer.from(init.body);
  }
  if (!headers.has('user-agent')) headers.set('user-agent', 'Cascade');
  if (!headers.has('accept')) headers.set('accept', '*/*');
  if (body) headers.set('content-length', String(body.length));
  return { method: (init.method ?? 'GET').toUpperCase(), headers: Object.fromEntries(headers), body };
}

/** Runs `work`, rejecting as soon as `signal` aborts (a DNS lookup cannot be cancelled, but need not be waited for). */
function aborting<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work().then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
