import { createServer } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createOutboundFetch } from './outbound';

/** One request as the provider received it. */
export interface ReceivedRequest {
  method: string;
  /** Path and query. */
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** What the provider answers: a status, and a body (objects as JSON, strings as they are), with headers of its own (`Location`). */
export interface ProviderAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface FakeHttpProvider {
  /** `http://127.0.0.1:<port>` */
  url: string;
  received: ReceivedRequest[];
  /** Decides each answer; tests replace it. */
  respond: (request: ReceivedRequest) => ProviderAnswer;
  stop(): Promise<void>;
}

/** A third-party HTTP API on loopback (docs/development.md#tests: mocks only at the HTTP level): records requests, answers as told. */
export async function startFakeHttpProvider(respond: FakeHttpProvider['respond'] = () => ({ status: 200, body: {} })): Promise<FakeHttpProvider> {
  const received: ReceivedRequest[] = [];
  const provider: FakeHttpProvider = { url: '', received, respond, stop: () => Promise.resolve() };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => {
      const request = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) };
      received.push(request);
      const { status, body, headers } = provider.respond(request);
      const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
      res.writeHead(status, { 'Content-Type': typeof body === 'string' ? 'text/plain' : 'application/json', ...headers }).end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  provider.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  provider.stop = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return provider;
}

/**
 * The guarded fetch channels are given (ChannelSendInput.fetch) as a deployment with
 * CASCADE_OUTBOUND_ALLOWLIST=127.0.0.1 has it: the fakes live on loopback, which is otherwise refused.
 */
export const loopbackFetch = createOutboundFetch({ allowlist: ['127.0.0.1'] });

/** A port nothing listens on: for "the provider cannot be reached". */
export async function closedPortUrl(): Promise<string> {
  const provider = await startFakeHttpProvider();
  await provider.stop();
  return provider.url;
}
