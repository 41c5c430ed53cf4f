import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One email as a provider received it: who logged in, the SMTP envelope, the parsed message. */
export interface ProviderDelivery {
  user: string;
  mailFrom: string;
  rcptTo: string[];
  mail: ParsedMail;
}

/** An SMTP reply the provider gives instead of accepting: at RCPT TO (a recipient) or after DATA (the message). */
export interface ProviderRefusal {
  at: 'RCPT' | 'DATA';
  code: number;
  message: string;
}

export interface FakeSmtpProvider {
  port: number;
  delivered: ProviderDelivery[];
  /** How many times each recipient was tried (RCPT TO), refused or not. */
  attempts: Map<string, number>;
  stop(): Promise<void>;
}

/**
 * A real SMTP server on loopback standing in for a provider: AUTH (plain text, no TLS) against one
 * user, and a refusal rule per recipient and attempt, to see how the channel takes 4xx and 5xx replies.
 */
export async function startFakeSmtpProvider(options: {
  user: string;
  pass: string;
  refuse?: (recipient: string, attempt: number) => ProviderRefusal | null;
}): Promise<FakeSmtpProvider> {
  const delivered: ProviderDelivery[] = [];
  const attempts = new Map<string, number>();
  const refusal = (recipient: string, at: ProviderRefusal['at']) => {
    const found = options.refuse?.(recipient, attempts.get(recipient) ?? 0);
    return found?.at === at ? Object.assign(new Error(found.message), { responseCode: found.code }) : null;
  };
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (auth.username === options.user && auth.password === options.pass) callback(null, { user: auth.username });
      else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onRcptTo(address, _session, callback) {
      attempts.set(address.address, (attempts.get(address.address) ?? 0) + 1);
      callback(refusal(address.address, 'RCPT'));
    },
    onData(stream, session, callback) {
      simpleParser(stream).then((mail) => {
        const rcptTo = session.envelope.rcptTo.map((recipient) => recipient.address);
        const refused = refusal(rcptTo[0], 'DATA');
        if (refused) return callback(refused);
        const mailFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        delivered.push({ user: String(session.user), mailFrom, rcptTo, mail });
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    delivered,
    attempts,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
