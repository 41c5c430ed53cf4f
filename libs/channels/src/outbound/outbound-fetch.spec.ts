import { createServer, type Server } from 'node:http';
import type { LookupAddress } from 'node:dns';
import type { AddressInfo } from 'node:net';
import { ChannelError } from '../channel';
import { startFakeHttpProvider, type FakeHttpProvider } from '../fake-http-provider.test-helpers';
import { DestinationRefusedError, OutboundUnreachableError } from './outbound-errors';
import { createOutboundFetch, MAX_REDIRECTS } from './outbound-fetch';

const HINT = '(set CASCADE_OUTBOUND_ALLOWLIST to allow it)';
const failure = (promise: Promise<unknown>) => promise.then(() => { throw new Error('answered'); }, (error: unknown) => error as ChannelError);

describe('the guarded outbound fetch', () => {
  let crm: FakeHttpProvider;
  let other: FakeHttpProvider;
  const loopback = createOutboundFetch({ allowlist: ['127.0.0.1'] });
  const strict = createOutboundFetch();

  beforeAll(async () => {
    crm = await startFakeHttpProvider();
    other = await startFakeHttpProvider(() => ({ status: 200, body: { reached: 'other' } }));
  });
  afterAll(async () => {
    await crm.stop();
    await other.stop();
  });
  beforeEach(() => (crm.respond = () => ({ status: 200, body: { reached: 'crm' } })));

  it('refuses loopback, private, link-local and other non-public literals without calling, naming only the address', async () => {
    const calls = crm.received.length;
    expect(await failure(strict(`${crm.url}/deals?token=s3cret`, { method: 'POST', body: '{}' }))).toMatchObject({
      name: 'DestinationRefusedError', retryable: false, message: `destination refused: 127.0.0.1 is a loopback address ${HINT}`,
    });
    expect(crm.received).toHaveLength(calls);
    const cases: [string, string][] = [
      ['http://10.0.0.5/x', '10.0.0.5 is a private address'],
      ['http://172.20.1.1/', '172.20.1.1 is a private address'],
      ['http://192.168.0.10:8080/', '192.168.0.10 is a private address'],
      ['http://169.254.169.254/latest/meta-data/iam/security-credentials/', '169.254.169.254 is a link-local address'],
      ['http://100.100.100.200/latest/meta-data', '100.100.100.200 is a carrier-grade NAT address'],
      ['http://0.0.0.0:3000/', '0.0.0.0 is an unspecified ("this host") address'],
      ['http://[::]/', ':: is an unspecified ("this host") address'],
      ['http://[::1]:3000/', '::1 is a loopback address'],
      ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1 is a loopback address'],
      ['http://[::ffff:a9fe:a9fe]/', '::ffff:a9fe:a9fe is a link-local address'],
      ['http://[fe80::1]/', 'fe80::1 is a link-local address'],
      ['http://[fd00::1]/', 'fd00::1 is a unique-local address'],
      ['http://2130706433/', '127.0.0.1 is a loopback address'], // URL parsing makes these 127.0.0.1
      ['http://0x7f.1/', '127.0.0.1 is a loopback address'],
      ['http://224.0.0.1/', '224.0.0.1 is a multicast address'],
      ['http://255.255.255.255/', '255.255.255.255 is a broadcast address'],
    ];
    for (const [url, reason] of cases) expect(await failure(strict(url))).toMatchObject({ retryable: false, message: `destination refused: ${reason} ${HINT}` });
  });

  it('refuses a host name that resolves to loopback (localhost), and calls it once the allowlist names it or its address', async () => {
    const url = crm.url.replace('127.0.0.1', 'localhost');
    const refused = await failure(strict(`${url}/deals`));
    expect(refused).toBeInstanceOf(DestinationRefusedError);
    expect(refused.message).toBe(`destination refused: localhost resolves to 127.0.0.1, a loopback address ${HINT}`);
    const byName = await createOutboundFetch({ allowlist: ['localhost'] })(`${url}/deals`);
    expect(await byName.json()).toEqual({ reached: 'crm' });
    const byAddress = await createOutboundFetch({ allowlist: ['127.0.0.0/8', '::1'] })(`${url}/deals`);
    expect(byAddress.status).toBe(200);
  });

  it('refuses a name when ANY of its addresses is not public', async () => {
    const resolve = async (): Promise<LookupAddress[]> => [{ address: '93.184.216.34', family: 4 }, { address: '10.0.0.7', family: 4 }];
    expect(await failure(createOutboundFetch({ resolve })('https://mixed.example.com/'))).toMatchObject({
      retryable: false, message: `destination refused: mixed.example.com resolves to 10.0.0.7, a private address ${HINT}`,
    });
  });

  it('connects to the addresses it checked: a second, different DNS answer (rebinding) is never asked for', async () => {
    const answers = ['127.0.0.1', '169.254.169.254'];
    let lookups = 0;
    const resolve = async (): Promise<LookupAddress[]> => [{ address: answers[Math.min(lookups++, 1)], family: 4 }];
    const guarded = createOutboundFetch({ allowlist: ['127.0.0.1'], resolve });
    const response = await guarded(`http://rebind.test:${new URL(crm.url).port}/deals`, { method: 'POST', body: '{}' });
    expect(await response.json()).toEqual({ reached: 'crm' });
    expect(crm.received.at(-1)!.headers.host).toBe(`rebind.test:${new URL(crm.url).port}`);
    expect(lookups).toBe(1);
  });

  it('checks every redirect: one to the metadata service or a private address is refused', async () => {
    for (const [location, reason] of [
      ['http://169.254.169.254/latest/meta-data/', '169.254.169.254 is a link-local address'],
      ['http://10.0.0.5:8080/admin', '10.0.0.5 is a private address'],
      ['http://[::ffff:192.168.1.1]/', '::ffff:c0a8:101 is a private address'],
    ]) {
      crm.respond = () => ({ status: 302, headers: { Location: location } });
      expect(await failure(loopback(`${crm.url}/hook`))).toMatchObject({ retryable: false, message: `destination refused: ${reason} ${HINT}` });
    }
    const resolve = async (): Promise<LookupAddress[]> => [{ address: '192.168.7.7', family: 4 }];
    crm.respond = () => ({ status: 307, headers: { Location: 'http://printer.example.com/' } });
    expect(await failure(createOutboundFetch({ allowlist: ['127.0.0.1'], resolve })(`${crm.url}/hook`))).toMatchObject({
      message: `destination refused: printer.example.com resolves to 192.168.7.7, a private address ${HINT}`,
    });
    crm.respond = () => ({ status: 301, headers: { Location: 'file:///etc/passwd' } });
    expect(await failure(loopback(`${crm.url}/hook`))).toMatchObject({ retryable: false, message: 'destination refused: file: URLs are not called, only http(s)' });
  });

  it('follows allowed redirects as fetch does, but carries no credentials to another origin', async () => {
    const headers = { Authorization: 'Bearer s3cret', 'X-Api-Key': 'k', 'Idempotency-Key': 'm1', 'Content-Type': 'application/json' };
    crm.respond = () => ({ status: 307, headers: { Location: `${other.url}/moved` } });
    const moved = await loopback(`${crm.url}/hook`, { method: 'POST', headers, body: '{"a":1}' });
    expect(await moved.json()).toEqual({ reached: 'other' });
    const there = other.received.at(-1)!;
    expect(there).toMatchObject({ method: 'POST', url: '/moved' });
    expect(there.body.toString()).toBe('{"a":1}');
    expect(there.headers).toMatchObject({ 'idempotency-key': 'm1', 'content-type': 'application/json' });
    expect(there.headers.authorization).toBeUndefined();
    expect(there.headers['x-api-key']).toBeUndefined();

    let hops = 0;
    crm.respond = (request) => (request.url.startsWith('/final') ? { status: 201, body: { id: 1 } } : { status: 303, headers: { Location: `/final?hop=${++hops}` } });
    const seeOther = await loopback(`${crm.url}/hook`, { method: 'POST', headers, body: '{"a":1}' });
    expect(seeOther.status).toBe(201);
    const same = crm.received.at(-1)!;
    expect(same).toMatchObject({ method: 'GET', url: '/final?hop=1' });
    expect(same.body.length).toBe(0);
    expect(same.headers.authorization).toBe('Bearer s3cret'); // same origin
  });

  it(`stops after ${MAX_REDIRECTS} redirects, and leaves them to the caller with redirect: manual`, async () => {
    crm.respond = () => ({ status: 302, headers: { Location: '/again' } });
    expect(await failure(loopback(`${crm.url}/loop`))).toMatchObject({ retryable: false, message: `destination refused: more than ${MAX_REDIRECTS} redirects` });
    const manual = await loopback(`${crm.url}/loop`, { redirect: 'manual' });
    expect(manual.status).toBe(302);
    expect(manual.headers.get('location')).toBe('/again');
  });

  it('refuses what is not an http(s) URL, or carries credentials in it', async () => {
    expect(await failure(loopback('ftp://127.0.0.1/x'))).toMatchObject({ retryable: false, message: 'destination refused: ftp: URLs are not called, only http(s)' });
    expect(await failure(loopback(`http://user:pw@${crm.url.slice(7)}/`))).toMatchObject({ retryable: false, message: 'destination refused: a URL with a user name or password' });
    expect(await failure(loopback('not a url'))).toMatchObject({ retryable: false, message: 'destination refused: not a URL' });
  });

  it('says so, retryably, when nothing answers in time or at all', async () => {
    const silent: Server = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const timedOut = await failure(loopback(`http://127.0.0.1:${(silent.address() as AddressInfo).port}/`, { timeoutMs: 200 }));
      expect(timedOut).toBeInstanceOf(OutboundUnreachableError);
      expect(timedOut).toMatchObject({ retryable: true, message: 'no answer within 0.2 s' });
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
    const resolve = async (): Promise<LookupAddress[]> => { throw Object.assign(new Error('getaddrinfo ENOTFOUND nowhere.example'), { code: 'ENOTFOUND' }); };
    expect(await failure(createOutboundFetch({ resolve })('https://nowhere.example/'))).toMatchObject({ retryable: true, message: 'getaddrinfo ENOTFOUND nowhere.example' });
  });

  it('answers a Response like fetch: status, headers, body', async () => {
    crm.respond = () => ({ status: 201, body: { id: 7 }, headers: { 'X-Request-Id': 'r1' } });
    const response = await loopback(new URL(`${crm.url}/deals`), { method: 'put', headers: new Headers({ 'X-A': '1' }), body: new URLSearchParams({ a: 'b c' }) });
    expect(response).toMatchObject({ status: 201, ok: true });
    expect(response.headers.get('x-request-id')).toBe('r1');
    expect(await response.json()).toEqual({ id: 7 });
    const request = crm.received.at(-1)!;
    expect(request).toMatchObject({ method: 'PUT', url: '/deals' });
    expect(request.headers).toMatchObject({ 'x-a': '1', 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' });
    expect(request.body.toString()).toBe('a=b+c');
    crm.respond = () => ({ status: 204 });
    expect((await loopback(crm.url)).status).toBe(204);
  });
});
