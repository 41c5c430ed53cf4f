import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RawRequest {
  method: string;
  /** Path and query exactly as sent: percent-escapes are not re-encoded. */
  path: string;
  headers: Record<string, string>;
  /** The exact bytes; a Content-Length is set for them. */
  body?: Buffer;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/**
 * One HTTP request with exact bytes and headers, which supertest would re-serialise or normalise.
 * The server may answer before reading a large body (413) and reset the connection; what it answered counts.
 */
export function send(server: Server, raw: RawRequest): Promise<RawResponse> {
  const { port } = server.address() as AddressInfo;
  const headers = raw.body ? { ...raw.headers, 'Content-Length': String(raw.body.length) } : raw.headers;
  return new Promise((resolve, reject) => {
    let answered = false;
    const request = httpRequest({ host: '127.0.0.1', port, method: raw.method, path: raw.path, headers, agent: false }, (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    request.end(raw.body);
  });
}
