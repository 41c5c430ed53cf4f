import { createHmac } from 'node:crypto';
import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { CascadeConfig } from '@cascade/config';
import type { TestDatabase } from '@cascade/testing';
import { CONFIG } from '../config/config.module';
import { seedHostileWorkspace, type Workspace } from '../hostile-input/hostile-fixtures.test-helpers';
import { send } from '../hostile-input/raw-http.test-helpers';
import { startTestApp } from '../test-app.test-helpers';

/** What the strict parsers must keep working: signed provider callbacks on exact bytes, CSV in other charsets, bodiless actions. */
describe('body parsing', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let stop: () => Promise<void>;
  let server: Server;
  let acme: Workspace;

  beforeAll(async () => {
    ({ db, app, stop } = await startTestApp());
    server = app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    acme = await seedHostileWorkspace(app, db, 'acme');
  });
  afterAll(() => stop());

  const auth = () => ({ Authorization: `Bearer ${acme.apiKey}` });

  it('checks an email report\'s signature on the exact bytes sent, whitespace and escapes included', async () => {
    const raw = `{\n  "events": [ { "messageId": "${acme.ids.message}", "status": "delivered", "reason": "caf\\u00e9 \\ud83d\\ude00" } ]\n}`;
    const signature = `sha256=${createHmac('sha256', acme.webhookSecret).update(raw).digest('hex')}`;
    const response = await send(server, {
      method: 'POST', path: `/api/v1/webhooks/email/${acme.ids.workspace}`, headers: { 'Content-Type': 'application/json', 'X-Cascade-Signature': signature }, body: Buffer.from(raw),
    });
    expect({ status: response.status, body: JSON.parse(response.text) }).toEqual({ status: 200, body: { recorded: 1, unknown: 0 } });
  });

  it('reads a form-encoded Twilio status callback, signed over its parameters', async () => {
    const authToken = 'twilio-auth-token';
    await request(server).put('/api/v1/channels/sms/credentials').set(auth())
      .send({ provider: 'twilio', accountSid: 'AC123', authToken, from: '+15005550006' }).expect(204);
    const path = `/api/v1/webhooks/sms/${acme.ids.workspace}?messageId=${acme.ids.message}`;
    const params: Array<[string, string]> = [['MessageSid', 'SM1'], ['MessageStatus', 'delivered']];
    const url = `${app.get<CascadeConfig>(CONFIG).http.publicUrl}${path}`; // the URL Twilio was given, which it signs
    const signed = [...params].sort(([a], [b]) => a.localeCompare(b)).reduce((text, [name, value]) => text + name + value, url);
    const signature = createHmac('sha1', authToken).update(signed).digest('base64');
    const response = await send(server, {
      method: 'POST', path, headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Twilio-Signature': signature }, body: Buffer.from(new URLSearchParams(params).toString()),
    });
    expect(response.status).toBe(200);
  });

  it('imports CSV declared in another charset, decoded exactly', async () => {
    const csv = Buffer.concat([Buffer.from('externalId,city\nw-1,'), Buffer.from([0xca, 0xe0, 0xe7, 0xe0, 0xed, 0xfc]), Buffer.from('\n')]); // Казань in windows-1251
    const response = await send(server, { method: 'POST', path: '/api/v1/contacts/import', headers: { ...auth(), 'Content-Type': 'text/csv; charset=windows-1251' }, body: csv });
    expect(response.status).toBe(201);
    const [row] = await db.dataSource.query(`SELECT content FROM imports WHERE id = $1`, [JSON.parse(response.text).id]);
    expect(row.content).toBe('externalId,city\nw-1,Казань\n');
  });

  it('takes JSON with a charset of UTF-8 or a +json media type, and actions with no body whatever their Content-Type', async () => {
    const contact = (type: string) => send(server, { method: 'POST', path: '/api/v1/contacts', headers: { ...auth(), 'Content-Type': type }, body: Buffer.from('{"externalId":"typed"}') });
    expect((await contact('application/json; charset=UTF-8')).status).toBe(201);
    expect((await contact('application/merge-patch+json')).status).toBe(200);
    for (const headers of [{}, { 'Content-Type': 'application/xml', 'Content-Length': '0' }] as Array<Record<string, string>>) {
      const response = await send(server, { method: 'POST', path: `/api/v1/journeys/${acme.ids.journey}/validate`, headers: { ...auth(), ...headers } });
      expect(response.status).toBe(200);
    }
  });
});
