import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One delivery a provider accepted: which Cascade message, and when (ms, the harness's clock). */
export interface Acceptance {
  channel: 'email' | 'sms';
  messageId: string;
  at: number;
}

export interface Sinks {
  smtp: { host: string; port: number };
  smsUrl: string;
  /** Every acceptance, retries included: a provider takes what it is sent, it has no unique index. */
  acceptances: Acceptance[];
  stop(): Promise<void>;
}

/**
 * The workspace's providers during a chaos run, in the harness's process (never killed): an SMTP
 * server and an HTTP SMS gateway on loopback. Each records every delivery it accepts (SMTP 250 to
 * DATA, HTTP 200) with the message's Cascade id, so a message sent twice shows up twice.
 */
export async function startSinks(): Promise<Sinks> {
  const acceptances: Acceptance[] = [];
  const smtp = new SMTPServer({
    banner: 'Cascade chaos sink',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      let head = '';
      stream.on('data', (chunk: Buffer) => {
        if (head.length < 64 * 1024) head += chunk.toString('latin1');
      });
      stream.on('end', () => {
        const messageId = /^x-cascade-message-id:[ \t]*(\S+)/im.exec(head.split(/\r?\n\r?\n/)[0])?.[1];
        if (!messageId) return callback(Object.assign(new Error('no X-Cascade-Message-Id'), { responseCode: 550 }));
        acceptances.push({ channel: 'email', messageId, at: Date.now() });
        callback(); // 250: accepted
      });
    },
  });
  smtp.on('error', () => undefined); // a worker killed mid-conversation resets its connection: expected here
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));

  const sms = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk)).on('end', () => {
      const messageId = (() => {
        try {
          return String(JSON.parse(body).messageId ?? '');
        } catch {
          return '';
        }
      })();
      if (!messageId) return response.writeHead(400, { 'Content-Type': 'application/json' }).end('{"error":"no messageId"}');
      acceptances.push({ channel: 'sms', messageId, at: Date.now() });
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ id: `sms-${acceptances.length}` }));
    });
  });
  await new Promise<void>((resolve) => sms.listen(0, '127.0.0.1', resolve));

  return {
    smtp: { host: '127.0.0.1', port: (smtp.server.address() as AddressInfo).port },
    smsUrl: `http://127.0.0.1:${(sms.address() as AddressInfo).port}/messages`,
    acceptances,
    async stop() {
      sms.closeAllConnections();
      await new Promise<void>((resolve) => sms.close(() => resolve()));
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    },
  };
}

/** The workspace's provider settings pointing at the sinks (PUT /api/v1/channels/{email,sms}/credentials). */
export function sinkCredentials(sinks: Sinks) {
  return {
    email: { host: sinks.smtp.host, port: sinks.smtp.port, secure: false, from: 'Chaos <chaos@cascade.localhost>' },
    sms: {
      provider: 'http', url: sinks.smsUrl, contentType: 'application/json', messageIdPath: 'id',
      body: '{"to":"{{to}}","text":"{{text}}","messageId":"{{messageId}}"}',
    },
  };
}
