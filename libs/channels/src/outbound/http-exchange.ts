import type { LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { OutboundUnreachableError } from './outbound-errors';

/** One request as it goes on the wire. */
export interface WireRequest {
  method: string;
  headers: Record<string, string>;
  body?: Buffer;
}

export interface Agents {
  'http:': http.Agent;
  'https:': https.Agent;
}

/** Provider answers are small; a larger one is cut here rather than held in memory whole. */
const MAX_ANSWER_BYTES = 1024 * 1024;
/** Statuses whose Response may have no body. */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

export function keepAliveAgents(): Agents {
  return { 'http:': new http.Agent({ keepAlive: true }), 'https:': new https.Agent({ keepAlive: true }) };
}

/**
 * One HTTP exchange with node:http(s), connecting only to `pinned` (the addresses the destination
 * check approved) for a host name; Node connects to an IP literal directly. The answer is read
 * before this resolves, so the timeout covers it; one cut short keeps what arrived, as `fetch`'s
 * `text()` failing would leave it unread.
 */
export function exchange(url: URL, pinned: LookupAddress[] | null, request: WireRequest, signal: AbortSignal, agents: Agents): Promise<Response> {
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const outgoing = transport.request(
      {
        protocol: url.protocol,
        hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: request.method,
        headers: request.headers,
        signal,
        agent: agents[url.protocol as keyof Agents],
        ...(pinned ? { lookup: pinnedLookup(pinned) } : {}),
      },
      (answer) => {
        readAnswer(answer).then((body) => {
          try {
            resolve(toResponse(answer, body, url));
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}

/** A lookup that answers with the checked addresses, in the form net asks for (one, or all for Happy Eyeballs). */
function pinnedLookup(addresses: LookupAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) (callback as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
    else callback(null, addresses[0].address, addresses[0].family);
  };
}

function readAnswer(answer: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => resolve(Buffer.concat(chunks));
    answer.on('data', (chunk: Buffer) => {
      if (size >= MAX_ANSWER_BYTES) return;
      chunks.push(chunk.subarray(0, MAX_ANSWER_BYTES - size));
      size += chunk.length;
      if (size >= MAX_ANSWER_BYTES) {
        answer.destroy();
        done();
      }
    });
    answer.on('end', done).on('error', done).on('close', done);
  });
}

function toResponse(answer: http.IncomingMessage, body: Buffer, url: URL): Response {
  const status = answer.statusCode ?? 0;
  if (status < 200 || status > 599) throw new OutboundUnreachableError(`the server answered with an invalid status ${status}`);
  const headers = new Headers();
  for (let i = 0; i + 1 < answer.rawHeaders.length; i += 2) {
    try {
      headers.append(answer.rawHeaders[i], answer.rawHeaders[i + 1]);
    } catch {
      // a header fetch would refuse too: left out
    }
  }
  const response = new Response(NULL_BODY_STATUSES.has(status) ? null : body, { status, headers });
  Object.defineProperty(response, 'url', { value: url.href });
  return response;
}
