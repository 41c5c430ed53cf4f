import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApplicationFailure } from '@temporalio/common';
import { createOutboundFetch } from '@cascade/channels';
import { loadConfig } from '@cascade/config';
import { createCallWebhook } from './call-webhook.activity';

/** A CRM endpoint on loopback: answers as told, records what it got. */
let server: Server;
let url: string;
let answer: (path: string) => { status: number; headers?: Record<string, string>; body?: string } = () => ({ status: 201 });
const received: { method: string; path: string; headers: IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk)).on('end', () => {
      received.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
      const { status, headers, body: text } = answer(req.url ?? '');
      res.writeHead(status, headers).end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => (answer = () => ({ status: 201 })));

// As the worker builds it from its configuration (CASCADE_OUTBOUND_ALLOWLIST).
const webhookFor = (allowlist?: string) => createCallWebhook(createOutboundFetch(loadConfig(allowlist ? { CASCADE_OUTBOUND_ALLOWLIST: allowlist } : {}).outbound));
const call = (target: string, callWebhook = webhookFor('127.0.0.1')) =>
  callWebhook({ requestId: 'enr:hook:0', url: target, method: 'POST', headers: { Authorization: 'Bearer crm-token' }, body: { deal: 1 } });
const failure = (promise: Promise<unknown>) => promise.then(() => { throw new Error('answered'); }, (error: unknown) => error as ApplicationFailure);

describe('the webhook node activity', () => {
  it('posts JSON with the idempotency key to an allowlisted endpoint', async () => {
    expect(await call(`${url}/deals`)).toEqual({ ok: true, status: 201, reason: undefined });
    expect(received.at(-1)).toMatchObject({ method: 'POST', path: '/deals', body: '{"deal":1}' });
    expect(received.at(-1)!.headers).toMatchObject({ 'idempotency-key': 'enr:hook:0', authorization: 'Bearer crm-token', 'content-type': 'application/json' });
  });

  it('refuses a private, loopback or metadata destination for good, by default, calling nothing and naming no path', async () => {
    const calls = received.length;
    const strict = webhookFor();
    for (const [target, reason] of [
      [`${url}/deals?api_key=s3cret`, '127.0.0.1 is a loopback address'],
      ['http://10.0.0.5/internal/admin', '10.0.0.5 is a private address'],
      ['http://169.254.169.254/latest/meta-data/', '169.254.169.254 is a link-local address'],
      ['http://[::ffff:127.0.0.1]:8080/', '::ffff:7f00:1 is a loopback address'],
      [`${url.replace('127.0.0.1', 'localhost')}/deals`, 'localhost resolves to 127.0.0.1, a loopback address'],
    ]) {
      const refused = await failure(call(target, strict));
      expect(refused).toBeInstanceOf(ApplicationFailure);
      expect(refused).toMatchObject({ nonRetryable: true, type: 'WebhookRefused' });
      expect(refused.message).toMatch(new RegExp(`^webhook POST \\S+ failed: destination refused: ${reason.replace(/[.()[\]]/g, '\\$&')} \\(set CASCADE_OUTBOUND_ALLOWLIST to allow it\\)$`));
      expect(refused.message).not.toMatch(/s3cret|admin|meta-data|deals/);
    }
    expect(received).toHaveLength(calls);
  });

  it('follows redirects, refusing one to the metadata service, and keeps the node\'s headers at their origin', async () => {
    answer = (path) => (path === '/old' ? { status: 308, headers: { Location: '/new' } } : { status: 200 });
    expect(await call(`${url}/old`)).toMatchObject({ ok: true, status: 200 });
    expect(received.at(-1)).toMatchObject({ method: 'POST', path: '/new', body: '{"deal":1}', headers: { authorization: 'Bearer crm-token' } });

    answer = () => ({ status: 302, headers: { Location: 'http://169.254.169.254/latest/meta-data/iam/security-credentials/' } });
    expect(await failure(call(`${url}/hook`))).toMatchObject({
      nonRetryable: true, message: expect.stringContaining('destination refused: 169.254.169.254 is a link-local address'),
    });
    const port = new URL(url).port;
    answer = (path) => (path === '/hook' ? { status: 307, headers: { Location: `http://localhost:${port}/elsewhere` } } : { status: 204 });
    expect(await call(`${url}/hook`, webhookFor('127.0.0.1,localhost'))).toMatchObject({ ok: true, status: 204 });
    expect(received.at(-1)).toMatchObject({ path: '/elsewhere', headers: { 'idempotency-key': 'enr:hook:0' } });
    expect(received.at(-1)!.headers.authorization).toBeUndefined(); // another origin
  });

  it('reports only the status of a refusal, retries a 5xx, never echoes an answer', async () => {
    answer = () => ({ status: 422, headers: { 'Content-Type': 'text/html' }, body: `<html>${'secret internal page '.repeat(50)}</html>` });
    expect(await call(`${url}/deals`)).toEqual({ ok: false, status: 422, reason: 'answered 422' });
    answer = () => ({ status: 500, body: 'x'.repeat(5_000) });
    expect(await failure(call(`${url}/deals`))).toMatchObject({ nonRetryable: false, type: 'WebhookServerError', message: 'webhook answered 500' });
  });
});
